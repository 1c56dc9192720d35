export declare function splitTarget(target: string): { rawPath: string; rawQuery: string } | null;
export declare function wellEncoded(s: string): boolean;
export declare function hasDotSegment(rawPath: string): boolean;
export declare function targetProblem(rawPath: string, rawQuery: string): string | null;
