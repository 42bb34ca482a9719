/** The address manifest.xml names for the development server, which `npm start` sideloads. */
export const DEV_ORIGIN = 'https://localhost:3000';

export class DeployUrlError extends Error {
  override name = 'DeployUrlError';
}

/**
 * The address the add-in is deployed at, normalized as Office compares it: https only, a folder
 * (trailing slash), an internationalized host in its punycode form and the path percent-encoded
 * (`https://服务器/路径/` → `https://xn--.../%E8%B7%AF%E5%BE%84/`), no query or fragment.
 */
export function deployBase(url: string): URL {
  if (!URL.canParse(url)) throw new DeployUrlError(`不是有效的网址 / Not a valid URL: ${url}`);
  const base = new URL(url);
  if (base.protocol !== 'https:') throw new DeployUrlError(`Office 只从 https 地址加载加载项 / Office loads add-ins over https only: ${url}`);
  if (base.search !== '' || base.hash !== '') throw new DeployUrlError(`部署地址不能带查询或锚点 / The address must not have a query or fragment: ${url}`);
  if (!base.pathname.endsWith('/')) base.pathname = `${base.pathname}/`;
  return base;
}

/**
 * manifest.xml for the add-in served from `url` (where an office's IT staff host dist/): every
 * address of the development server moved under it, the AppDomain its origin.
 */
export function manifestForUrl(xml: string, url: string): string {
  const base = deployBase(url);
  return xml
    .replaceAll(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${base.origin}</AppDomain>`)
    .replaceAll(`${DEV_ORIGIN}/`, base.href);
}
