import { type DragEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { UploadError, type UploadProblem, uploadImage } from "../../media";

/** An image chosen in a form: the id the API takes and a URL to show it. */
export interface PickedImage {
  id: string;
  url: string;
}

interface ImageFieldProps {
  /** The field's name, such as "Logo": also the file control's accessible name. */
  label: string;
  /** What fits (shape, size) and the server's limits. */
  hint: string;
  value: PickedImage | null;
  onChange: (image: PickedImage | null) => void;
  /** How the preview is cut: a round avatar, a square logo or a wide banner. */
  shape: "round" | "square" | "wide";
  /** The API's refusal of this field when the form was sent. */
  error?: string;
}

/**
 * Chooses an image with the file picker or by dropping it, uploads it at once to POST /media
 * with a preview, and gives the form its id; the form saves it with the other fields. The
 * server's limits are written under the label and its refusals shown as sentences.
 */
export function ImageField({ label, hint, value, onChange, shape, error }: ImageFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<{ problem: UploadProblem; minutes: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // A local preview shows at once, until the server's own version replaces it.
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  async function take(file: File | undefined) {
    if (!file) return;
    setProblem(null);
    setReady(false);
    setUploading(true);
    setPreview(URL.createObjectURL(file));
    try {
      const uploaded = await uploadImage(file);
      onChange({ id: uploaded.id, url: shape === "wide" ? uploaded.urls.large : uploaded.urls.medium });
      setReady(true);
    } catch (caught) {
      const failure = caught instanceof UploadError ? caught : new UploadError("UNKNOWN");
      setProblem({ problem: failure.problem, minutes: Math.ceil((failure.retryAfterSeconds ?? 60) / 60) });
    } finally {
      setUploading(false);
      setPreview(null);
      if (input.current) input.current.value = "";
    }
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void take(event.dataTransfer.files[0]);
  }

  const shown = preview ?? value?.url;
  const message = problem ? t(`images.errors.${problem.problem}`, { count: problem.minutes }) : error;
  return (
    <div className={`field image-field image-field-${shape}`} role="group" aria-labelledby={`${id}-label`}>
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div
        className={dragging ? "dropzone dropzone-active" : "dropzone"}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <div className="image-preview">
          {shown ? <img src={shown} alt={t("images.preview", { label })} /> : <span>{t("images.none")}</span>}
        </div>
        <div className="image-field-actions">
          <input
            ref={input}
            id={id}
            type="file"
            className="visually-hidden"
            accept="image/jpeg,image/png,image/webp"
            aria-label={label}
            aria-describedby={[message ? `${id}-error` : "", `${id}-hint`].filter(Boolean).join(" ")}
            aria-invalid={message ? true : undefined}
            disabled={uploading}
            onChange={(event) => void take(event.target.files?.[0])}
          />
          <label htmlFor={id} className="button button-secondary" aria-hidden="true">
            {value ? t("images.replace") : t("images.choose")}
          </label>
          <span className="muted">{t("images.drop")}</span>
          {value && !uploading && (
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                setReady(false);
                onChange(null);
              }}
            >
              {t("images.remove", { label })}
            </button>
          )}
        </div>
      </div>
      <p className={message ? "field-error" : "visually-hidden"} id={`${id}-error`} role="alert">
        {message}
      </p>
      <p className="visually-hidden" role="status">
        {uploading ? t("images.uploading") : ready ? t("images.ready") : ""}
      </p>
    </div>
  );
}
