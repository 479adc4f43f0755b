/** The sheet names of the report workbook (.xlsx): the template writes them, the reader looks for the data sheet. */
export const DATA_SHEET = 'Số liệu';
export const INSTRUCTIONS_SHEET = 'Hướng dẫn';
