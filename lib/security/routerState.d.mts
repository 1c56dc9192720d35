export declare function routerStateLooksValid(header: string | null | undefined): boolean;
