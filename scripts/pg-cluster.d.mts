export interface Cluster {
  url: string;
  port: number;
  stop: () => void;
}
export declare function ensurePostgres(log?: (line: string) => void): string | null;
export declare function startCluster(options?: { log?: (line: string) => void; port?: number; settings?: string[] }): Promise<Cluster>;
