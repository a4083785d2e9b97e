// A new workbook of text-only sheets (guishu diff --out): every cell an inline string, so no value
// can become a formula. The annotated copy patches the manager's own package instead (write.ts).
import { columnLetters, encodeAttr, encodeText } from './xml';
import { writeZip, type ZipPart } from './zip';

export interface TextSheet {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function* sheetXml(rows: readonly (readonly string[])[]): Iterable<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>`;
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!.map((v, c) =>
      v === ''
        ? ''
        : `<c r="${columnLetters(c + 1)}${r + 1}"${r === 0 ? ' s="1"' : ''} t="inlineStr"><is><t xml:space="preserve">${encodeText(v)}</t></is></c>`,
    );
    yield `<row r="${r + 1}">${cells.join('')}</row>`;
  }
  yield '</sheetData></worksheet>';
}

/** Writes `sheets` as a new xlsx file; the header row is bold and frozen. */
export async function writeTextBook(file: string, sheets: readonly TextSheet[]): Promise<void> {
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      text: () => [
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
        ...sheets.map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        ),
        '</Types>',
      ],
    },
    {
      name: '_rels/.rels',
      text: () => [
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ],
    },
    {
      name: 'xl/workbook.xml',
      text: () => [
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${R}"><sheets>`,
        ...sheets.map((s, i) => `<sheet name="${encodeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`),
        '</sheets></workbook>',
      ],
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      text: () => [
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}">`,
        ...sheets.map(
          (_, i) => `<Relationship Id="rId${i + 1}" Type="${DOC}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        ),
        `<Relationship Id="rId${sheets.length + 1}" Type="${DOC}/styles" Target="styles.xml"/></Relationships>`,
      ],
    },
    {
      name: 'xl/styles.xml',
      text: () => [
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`,
      ],
    },
    ...sheets.map((s, i): ZipPart => ({ name: `xl/worksheets/sheet${i + 1}.xml`, text: () => sheetXml(s.rows) })),
  ];
  await writeZip(file, parts);
}
