import type { LadderFormat } from "@/lib/ladders/ladder";
import type { ImportResult } from "./types";

interface UploadOptions {
  format: LadderFormat;
  file: File;
  dryRun: boolean;
  onProgress: (fraction: number) => void;
}

export class UploadError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "UploadError";
  }
}

/** Sends the file to the import route as a raw body; XMLHttpRequest because fetch reports no upload progress. */
export function uploadLadder({ format, file, dryRun, onProgress }: UploadOptions): Promise<ImportResult> {
  const query = new URLSearchParams({ format, fileName: file.name, dryRun: dryRun ? "1" : "0" });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/ladders/import?${query.toString()}`);
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new UploadError("the upload failed; check your connection and try again"));
    xhr.onload = () => {
      const body: unknown = xhr.response;
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as ImportResult);
        return;
      }
      const error = (body as { error?: { message?: string; fieldErrors?: Record<string, string[]> } } | null)
        ?.error;
      reject(
        new UploadError(error?.message ?? `the upload was refused (HTTP ${xhr.status})`, error?.fieldErrors),
      );
    };
    xhr.send(file);
  });
}
