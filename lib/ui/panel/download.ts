/** Saves text as a file the user downloads (no network: a blob URL). */
export function download(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** Saves a Blob (a list of a million lines: its parts stay on disk) as a file the user downloads. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // The download holds the Blob once started; the URL is only needed to start it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
