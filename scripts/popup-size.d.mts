export function popupSize(dir: string): { files: string[]; bytes: number; scripts: number; styles: number };
