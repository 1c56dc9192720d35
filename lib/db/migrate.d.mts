export declare const DEFAULT_DATABASE_URL: string;
export declare function migrate(url?: string, log?: (line: string) => void): Promise<void>;
