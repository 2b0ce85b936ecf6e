import type { ImportResult } from "@/lib/salaries/survey-csv";

export interface UploadFailure {
  message: string;
  fieldErrors?: Record<string, string[]>;
}

/** POSTs the file as the raw body with XMLHttpRequest, which reports upload progress (fetch cannot). */
export function uploadSurvey(
  file: File,
  params: URLSearchParams,
  onProgress: (loaded: number, total: number) => void,
): Promise<ImportResult> {
  return new Promise((resolve, reject: (failure: UploadFailure) => void) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/salaries/import?${params.toString()}`);
    xhr.setRequestHeader("content-type", "text/csv");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) =>
      onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onerror = () => reject({ message: "the upload failed; check your connection and try again" });
    xhr.onload = () => {
      const body = xhr.response as (ImportResult & { error?: UploadFailure }) | null;
      if (xhr.status === 200 && body && !body.error) return resolve(body);
      reject(body?.error ?? { message: `the server answered ${xhr.status}` });
    };
    xhr.send(file);
  });
}
