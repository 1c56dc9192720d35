export interface Header {
  key: string;
  value: string;
}
export declare const SECURITY_HEADERS: Header[];
export declare const HSTS: Header;
export declare const FALLBACK_CSP: string;
export declare function viaHttps(forwardedProto: string | null | undefined): boolean;
