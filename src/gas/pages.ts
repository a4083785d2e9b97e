// The sidebar and dialogs (built into dist/*.html by the pages build).
const WIDTH = 300;

function page(file: string, title: string): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutputFromFile(file).setTitle(title).setSandboxMode(HtmlService.SandboxMode.IFRAME);
}

export function showPage(file: string, title: string, kind: 'sidebar' | 'dialog'): void {
  const ui = SpreadsheetApp.getUi();
  if (kind === 'sidebar') ui.showSidebar(page(file, title).setWidth(WIDTH));
  else ui.showModalDialog(page(file, title).setWidth(640).setHeight(560), title);
}
