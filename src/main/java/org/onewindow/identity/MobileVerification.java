package org.onewindow.identity;

import java.util.Optional;
import org.onewindow.shared.MobileNumber;

/**
 * Proves that someone holds a mobile number without an account: a one-time code sent by SMS and
 * typed back, with the codes and limits of registration (6 digits, 5 minutes, 5 tries, single
 * use; at most one a minute and ten a day per number, and a limit per IP address).
 */
public interface MobileVerification {

    /**
     * Sends a fresh code; {@code text} holds one {@code %s} for it.
     *
     * @return empty when sent, else why not: {@code code_too_soon}, {@code code_daily_limit} or
     *     {@code code_ip_limit}
     */
    Optional<String> send(MobileNumber mobile, String ip, String text);

    /**
     * Checks the latest code sent to the number; a right code is used up.
     *
     * @return empty when right, else {@code code_wrong}, {@code code_expired},
     *     {@code code_too_many_tries} or {@code code_none}
     */
    Optional<String> verify(MobileNumber mobile, String code);
}
