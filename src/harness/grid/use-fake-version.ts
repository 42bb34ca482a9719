import { useEffect, useState } from 'react';
import type { FakeExcel } from '../fake-excel';

/** A number that changes whenever the fake workbook changes in a way a grid would redraw for. */
export function useFakeVersion(fake: FakeExcel): number {
  const [version, setVersion] = useState(0);
  useEffect(() => fake.onChange(() => setVersion((v) => v + 1)), [fake]);
  return version;
}
