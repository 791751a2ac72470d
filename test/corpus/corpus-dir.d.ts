/** The shared corpus folder (holding junit/); throws a clear error when it is missing. */
export function corpusDir(): string;
