-- Photos of a ticket, checked and stored by the platform's uploads (the bytes live in the upload
-- store under stored_name); and the link an Open311 client may give instead (media_url), which
-- the server never fetches.
CREATE TABLE hotline.ticket_photo (
    id           uuid PRIMARY KEY,
    ticket_id    uuid NOT NULL REFERENCES hotline.ticket (id),
    file_name    text NOT NULL,
    content_type text NOT NULL,
    size_bytes   bigint NOT NULL,
    sha256       text NOT NULL,
    stored_name  text NOT NULL,
    uploaded_at  timestamptz NOT NULL
);
CREATE INDEX ticket_photo_ticket ON hotline.ticket_photo (ticket_id, uploaded_at, id);

ALTER TABLE hotline.ticket ADD COLUMN media_url text;
