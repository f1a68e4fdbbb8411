package org.casus.lint;

import java.util.List;
import org.casus.model.Arrangement;
import org.casus.model.Duration;
import org.casus.model.Library;
import org.casus.model.Status;
import org.casus.model.Withdrawal;

/** {@code withdrawal-without-notice}: a guarantor could leave with no notice period, or the text does not say. */
final class WithdrawalWithoutNotice implements Check {
    @Override
    public String id() {
        return "withdrawal-without-notice";
    }

    @Override
    public List<Finding> apply(Arrangement arrangement, Library library) {
        Duration duration = arrangement.duration();
        if (arrangement.status() == Status.BASELINE || duration.withdrawal() == Withdrawal.NOT_PROVIDED
                || duration.noticeMonths() != null) {
            return List.of();
        }
        String message = duration.withdrawal() == Withdrawal.ALLOWED
                ? "A party may withdraw, but no notice period is set: " + arrangement.instrument().aGiver()
                        + " can leave on the eve of a crisis."
                : "The text says neither whether nor with what notice a party may withdraw.";
        return List.of(new Finding(id(), Severity.MINOR, "duration.notice-months", arrangement.parties().guarantors(),
                message, "How much notice must " + arrangement.instrument().aGiver()
                        + " give before it leaves, and do its obligations hold meanwhile?",
                duration.cite()));
    }
}
