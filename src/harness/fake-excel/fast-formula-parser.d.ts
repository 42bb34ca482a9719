/** The part of fast-formula-parser (which ships no types) the fake's calculation uses. */
declare module 'fast-formula-parser' {
  namespace FormulaParser {
    /** 1-based, as the parser hands references to its callbacks. */
    interface CellRef {
      sheet: string;
      row: number;
      col: number;
    }
    interface RangeRef {
      sheet: string;
      from: { row: number; col: number };
      to: { row: number; col: number };
    }
    /** An argument as a custom function receives it: the value, with references already read. */
    interface FunctionArg {
      value: unknown;
      isArray: boolean;
      isRangeRef?: boolean;
      isCellRef?: boolean;
      omitted?: boolean;
    }
    interface ParserConfig {
      onCell?: (ref: CellRef) => unknown;
      onRange?: (ref: RangeRef) => unknown[][];
      functions?: Record<string, (...args: FunctionArg[]) => unknown>;
    }
    class FormulaError extends Error {
      constructor(error: string);
      readonly error: string;
      static readonly DIV0: FormulaError;
      static readonly NA: FormulaError;
      static readonly NAME: FormulaError;
      static readonly NULL: FormulaError;
      static readonly NUM: FormulaError;
      static readonly REF: FormulaError;
      static readonly VALUE: FormulaError;
    }
    class DepParser {
      constructor(config?: Record<string, unknown>);
      parse(formula: string, position: CellRef): (CellRef | RangeRef)[];
    }
  }
  class FormulaParser {
    constructor(config?: FormulaParser.ParserConfig);
    parse(formula: string, position: FormulaParser.CellRef, allowReturnArray?: boolean): unknown;
    static readonly DepParser: typeof FormulaParser.DepParser;
    static readonly FormulaError: typeof FormulaParser.FormulaError;
  }
  export = FormulaParser;
}

/** The parser's lexer (chevrotain), which the fake's copy uses to find the references it moves. */
declare module 'fast-formula-parser/grammar/lexing' {
  interface Token {
    image: string;
    startOffset: number;
    tokenType: { name: string };
  }
  export function lex(formula: string): { tokens: Token[] };
}
