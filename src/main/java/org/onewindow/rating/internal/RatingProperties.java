package org.onewindow.rating.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rating settings ({@code onewindow.rating.*}).
 *
 * @param rectificationWorkingDays working days a department has to verify, act on and answer a
 *     poor rating (STANDARDS.md: 15)
 * @param commentMaxLength the longest comment a rater may leave, in characters
 */
@ConfigurationProperties("onewindow.rating")
record RatingProperties(
        @DefaultValue("15") int rectificationWorkingDays,
        @DefaultValue("500") int commentMaxLength) {

    RatingProperties {
        if (rectificationWorkingDays < 1) {
            throw new IllegalArgumentException("onewindow.rating.rectification-working-days must be at least 1");
        }
        if (commentMaxLength < 1) {
            throw new IllegalArgumentException("onewindow.rating.comment-max-length must be at least 1");
        }
    }
}
