/** The WPS ET object model over the Office.js fake's workbook (see fake-et.ts). */
export { FakeEt, type FakeEtOptions } from './fake-et';
