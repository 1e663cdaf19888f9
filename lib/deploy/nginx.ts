import { readFileSync } from "node:fs";
import path from "node:path";

// Renders deploy/nginx/portal.conf.template: the one nginx configuration the tests, the
// benchmarks and production use (docs/deploy.md).

export const NGINX_TEMPLATE = path.join(process.cwd(), "deploy", "nginx", "portal.conf.template");

export interface NginxSettings {
  /** A folder nginx may write to: pid file, logs, request-body buffers. */
  prefix: string;
  /** "127.0.0.1:8080", "80", "443 ssl". */
  listen: string;
  /** The instances, "127.0.0.1:3001" each. */
  instances: string[];
}

const ADDRESS = /^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/;
const LISTEN = /^[A-Za-z0-9.\-[\]: ]+$/;
const PREFIX = /^\/[^\s;{}'"]*$/;

export function renderNginxConfig(
  settings: NginxSettings,
  template: string = readFileSync(NGINX_TEMPLATE, "utf8"),
): string {
  // The values land in nginx's syntax: nothing that could end a directive or open a block.
  if (!PREFIX.test(settings.prefix))
    throw new Error(`nginx prefix must be an absolute path without spaces, quotes, «;» or braces: ${settings.prefix}`);
  if (!LISTEN.test(settings.listen))
    throw new Error(`nginx listen must be an address, a port and flags: ${settings.listen}`);
  if (settings.instances.length === 0) throw new Error("nginx needs at least one portal instance");
  for (const instance of settings.instances)
    if (!ADDRESS.test(instance)) throw new Error(`a portal instance must be host:port: ${instance}`);
  const servers = settings.instances
    .map((instance) => `        server ${instance} max_fails=1 fail_timeout=2s;`)
    .join("\n");
  const values: Record<string, string> = {
    prefix: settings.prefix.replace(/\/$/, ""),
    listen: settings.listen,
    servers,
  };
  const rendered = template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    if (!Object.hasOwn(values, name)) throw new Error(`unknown placeholder ${whole} in the nginx template`);
    return values[name]!;
  });
  return rendered;
}
