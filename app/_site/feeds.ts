// <link rel="alternate" type="application/atom+xml"> for a page, through Next's metadata: absolute
// addresses (Next resolves relative ones against a configured base only), from the request's host
// or RENMIAN_PUBLIC_URL.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { siteOrigin } from "@/lib/export/origin";

export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return siteOrigin(`${proto.split(",")[0].trim()}://${host.split(",")[0].trim()}`);
}

export async function feedAlternates(path: string, title: string): Promise<Metadata["alternates"]> {
  return { types: { "application/atom+xml": [{ url: `${await requestOrigin()}${path}`, title }] } };
}
