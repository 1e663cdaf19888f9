#!/usr/bin/env node
// Prints the nginx configuration for N instances (docs/deploy.md):
//   node --import tsx deploy/render-nginx.mjs --prefix /var/lib/portal-nginx --listen 80 \
//     --instance 127.0.0.1:3001 --instance 127.0.0.1:3002 > /etc/nginx/portal.conf
import { parseArgs } from "node:util";
import { renderNginxConfig } from "../lib/deploy/nginx.ts";

const { values } = parseArgs({
  options: {
    prefix: { type: "string", default: "/var/lib/portal-nginx" },
    listen: { type: "string", default: "80" },
    instance: { type: "string", multiple: true, default: ["127.0.0.1:3001", "127.0.0.1:3002"] },
  },
});
process.stdout.write(renderNginxConfig({ prefix: values.prefix, listen: values.listen, instances: values.instance }));
