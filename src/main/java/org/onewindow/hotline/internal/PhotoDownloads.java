package org.onewindow.hotline.internal;

import java.util.UUID;
import org.onewindow.platform.FileDownloads;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Serves a photo of a ticket the caller has already been allowed to see; another ticket's photo is not found. */
@Component
class PhotoDownloads {

    private final TicketPhotos photos;

    PhotoDownloads(TicketPhotos photos) {
        this.photos = photos;
    }

    ResponseEntity<InputStreamResource> of(Ticket ticket, UUID photoId) {
        TicketPhotos.Photo photo = photos.find(ticket.id(), photoId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return FileDownloads.attachment(photo.fileName(), photo.contentType(), photo.size(), photos.open(photo));
    }
}
