package org.onewindow.hotline.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a reporter sends along with a ticket: photos, and (from an Open311 client) a link to its
 * own copy of the media, which is stored as given and never fetched by the server.
 */
record TicketMedia(List<TicketPhotos.PhotoUpload> photos, String externalUrl) {

    static final TicketMedia NONE = new TicketMedia(List.of(), null);
    static final int MAX_URL = 1000;

    /** The files a form posted, without the empty part a browser sends when no file was chosen. */
    static TicketMedia of(List<MultipartFile> files) {
        if (files == null) {
            return NONE;
        }
        return new TicketMedia(files.stream()
                .filter(file -> !(file.isEmpty() && (file.getOriginalFilename() == null
                        || file.getOriginalFilename().isEmpty())))
                .map(file -> new TicketPhotos.PhotoUpload(file.getOriginalFilename(), file))
                .toList(), null);
    }

    /** Whether a client's {@code media_url} may be stored: an absolute http(s) address of sane length. */
    static boolean acceptableUrl(String url) {
        if (url == null || url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
