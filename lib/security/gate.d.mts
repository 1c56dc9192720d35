import type { Header } from "./headers.mjs";

export type GateVerdict = { refuse: true; status: 400; message: string } | { refuse: false; dropHeaders: string[] };
export declare function gateRequest(req: { url?: string; headers: Record<string, string | string[] | undefined> }): GateVerdict;
export declare function answerHeaders(forwardedProto: string | string[] | undefined): Header[];
