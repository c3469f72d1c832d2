/**
 * A document's <title>: what tells it apart first. Browser tabs, bookmarks and history
 * show a title's beginning, and nearly every title begins 重庆市沙坪坝区人民政府(办公室)关于…;
 * the tab gets the 文号, then the title without its issuer and 关于. The full title stays
 * the page's <h1>.
 */

/** The issuer before 关于 (joint issuers side by side): names without punctuation. */
const ISSUER_ABOUT = /^[^，。、《》“”（）]{2,40}?关于/;

/** The title without its leading “<issuer>关于”; unchanged when it does not begin so. */
export function shortTitle(title: string): string {
  const rest = title.replace(ISSUER_ABOUT, '');
  return rest.length >= 4 ? rest : title;
}

/** 沙府发〔2025〕8号　印发《2025年…工作要点》的通知 */
export function documentTabTitle(doc: { title: string; wenhao?: string | null }): string {
  const short = shortTitle(doc.title);
  return doc.wenhao ? `${doc.wenhao}　${short}` : short;
}
