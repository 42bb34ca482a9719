/** An error as Office.js reports one: a `code` (`ItemNotFound`, `AccessDenied`, …) and a message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** Loading a property the fake does not model fails loudly instead of returning something made up. */
export function unknownProp(path: string, name: string): never {
  throw new FakeOfficeError('InvalidArgument', `${path}: the fake does not know property ${name}`);
}
