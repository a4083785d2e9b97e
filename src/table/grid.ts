// The one input shape of the table layer. Apps Script's Range.getValues() and the command
// line's xlsx reader (src/cli/xlsx) both produce it, so neither leaks into the parsing code.

/** One sheet's values: Date for date cells, numbers, booleans, strings, '' for blanks. */
export interface SheetGrid {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
}
