package org.onewindow.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.onewindow.casework.CaseSummary;
import org.onewindow.notification.internal.ApplicantMessages.AboutCase;
import org.onewindow.notification.internal.Inbox.Letter;
import org.onewindow.platform.BatchedTransactions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Runs the module's deliveries (inbox rows, outbox rows) of concurrent listeners in one transaction.
 *
 * <p>Under load, listeners of many events run at once; each used to write its few rows in a
 * transaction of its own, and its publication's completion in another. Here the deliveries that
 * arrive while a batch commits share the next one, and the applicants' messages among them are
 * written together ({@link ApplicantMessages}); a listener returns once its delivery committed. If
 * a batch fails, each of its deliveries runs again alone, so that one failing event fails only its
 * own publication (delivered again later by the platform). Deliveries write only rows: running one
 * again after a rolled-back batch sends nothing twice.
 */
@Component
class Deliveries {

    /** What a listener hands in: work of its own, or a message to an applicant. */
    private sealed interface Delivery {}

    private record Work(Runnable work) implements Delivery {}

    private record ToApplicant(Letter letter) implements Delivery {}

    private record AboutApplicantsCase(AboutCase about) implements Delivery {}

    private final ApplicantMessages messages;
    private final BatchedTransactions<Delivery> transactions;

    Deliveries(PlatformTransactionManager transactionManager, ApplicantMessages messages) {
        this.messages = messages;
        this.transactions = new BatchedTransactions<>(transactionManager, this::deliver);
    }

    /** Runs the delivery in a committed transaction, perhaps shared with other listeners' deliveries. */
    void run(Runnable delivery) {
        transactions.run(new Work(delivery));
    }

    /** Sends the message to the applicant in a committed transaction, as {@link #run} does. */
    void send(Letter letter) {
        transactions.run(new ToApplicant(letter));
    }

    /**
     * Sends the message about the case, written once the case is read, to its applicant in a
     * committed transaction, as {@link #run} does; nothing if there is no such case.
     */
    void sendAboutCase(UUID caseId, Function<CaseSummary, Optional<Letter>> write) {
        transactions.run(new AboutApplicantsCase(new AboutCase(caseId, write)));
    }

    /** How many deliveries wait for the next batch. */
    int waiting() {
        return transactions.waiting();
    }

    private void deliver(List<Delivery> batch) {
        List<Letter> letters = new ArrayList<>();
        List<AboutCase> aboutCases = new ArrayList<>();
        for (Delivery delivery : batch) {
            switch (delivery) {
                case Work work -> work.work().run();
                case ToApplicant to -> letters.add(to.letter());
                case AboutApplicantsCase about -> aboutCases.add(about.about());
            }
        }
        if (!letters.isEmpty() || !aboutCases.isEmpty()) {
            messages.send(letters, aboutCases);
        }
    }
}
