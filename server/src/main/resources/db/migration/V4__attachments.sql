-- Parley schema, version 4: pictures, files and profiles (specs M-10, M-11, ID-4).
-- Runs unchanged on H2 2.x and PostgreSQL 12+.

-- A message's picture or file: the content id of the stored bytes and the name it was sent under.
ALTER TABLE messages ADD COLUMN attachment_id CHAR(64);
ALTER TABLE messages ADD COLUMN attachment_name VARCHAR(512);

-- Stored content, addressed by the SHA-256 of its bytes (hex); the bytes live in files under
-- <dataDir>/blobs. kind: 'picture', 'thumbnail', 'avatar' or 'file'. thumbnail_id: a picture's thumbnail.
CREATE TABLE blobs (
    id           CHAR(64)     NOT NULL PRIMARY KEY,
    kind         VARCHAR(16)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    width        INTEGER,
    height       INTEGER,
    thumbnail_id CHAR(64),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Who uploaded what, under which name: a message may attach only its author's own uploads, so a
-- content id seen elsewhere is no key to anything.
CREATE TABLE uploads (
    user_id     BIGINT       NOT NULL REFERENCES users (id),
    blob_id     CHAR(64)     NOT NULL REFERENCES blobs (id),
    name        VARCHAR(512) NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, blob_id)
);
CREATE INDEX messages_attachment_idx ON messages (attachment_id);
-- fetch of a thumbnail follows its picture's rights: the pictures whose thumbnail it is
CREATE INDEX blobs_thumbnail_idx ON blobs (thumbnail_id);

-- Profile (spec ID-4): a status line and an avatar (a blob of kind 'avatar').
ALTER TABLE users ADD COLUMN status VARCHAR(200);
ALTER TABLE users ADD COLUMN avatar_id CHAR(64);
-- anyone logged in may fetch a user's avatar: looked up by content id
CREATE INDEX users_avatar_idx ON users (avatar_id);
