// A browser without JavaScript for the benchmarks: a cookie jar, redirects followed, and forms
// posted as the HTML says (server-action forms carry their hidden $ACTION_ inputs).

export class Browser {
  constructor(base) {
    this.base = base;
    this.cookies = new Map();
  }
  async request(url, init = {}) {
    const headers = new Headers(init.headers);
    const jar = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    if (jar) headers.set("cookie", jar);
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
  async go(url, init) {
    let response = await this.request(url, init);
    let current = url;
    for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 10; hops++) {
      current = new URL(response.headers.get("location"), current).toString();
      await response.arrayBuffer();
      response = await this.request(current);
    }
    return { response, url: current, html: await response.text() };
  }
  /** Posts the form containing `marker` as a browser without JavaScript does. */
  async submit(page, marker, extra = {}) {
    const forms = page.html
      .split("<form")
      .slice(1)
      .map((chunk) => chunk.split("</form>")[0]);
    const form = forms.find((chunk) => chunk.includes(marker));
    if (!form) throw new Error(`no form with ${marker} at ${page.url}`);
    const body = new FormData();
    for (const input of form.matchAll(/<input([^>]*)>/g)) {
      const name = /name="([^"]*)"/.exec(input[1])?.[1];
      if (!name) continue;
      const value = /value="([^"]*)"/.exec(input[1])?.[1] ?? "";
      body.append(name.replaceAll("&amp;", "&"), value.replaceAll("&amp;", "&").replaceAll("&quot;", '"'));
    }
    for (const [name, value] of Object.entries(extra)) body.set(name, value);
    const action = /^[^>]*action="(\/[^"]*)"/.exec(form)?.[1];
    const target = action ? new URL(action.replaceAll("&amp;", "&"), page.url).toString() : page.url;
    // Plain forms name their target; server-action forms post back to the page itself.
    return this.go(target, { method: "POST", body, headers: { origin: this.base } });
  }
}
