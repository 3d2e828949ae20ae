-- A tracker an official uploaded, kept between the preview of its changes and the official's confirmation, so that
-- what is applied is the file that was previewed. Keyed by an unguessable token and readable only by its uploader;
-- applied or abandoned uploads are removed (abandoned ones after a day).
create table tracker_upload (
    token       uuid          primary key,
    uploaded_by varchar(100)  not null,
    uploaded_at timestamptz   not null default now(),
    file_name   varchar(255),
    content     bytea         not null check (octet_length(content) between 1 and 10485760)
);
create index tracker_upload_uploaded_at_idx on tracker_upload (uploaded_at);
