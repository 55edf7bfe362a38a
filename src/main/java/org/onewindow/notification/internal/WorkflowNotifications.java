package org.onewindow.notification.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.onewindow.casework.CaseSummary;
import org.onewindow.casework.Cases;
import org.onewindow.catalog.Catalog;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.workflow.CaseAccepted;
import org.onewindow.workflow.CaseDecided;
import org.onewindow.workflow.CaseExtended;
import org.onewindow.workflow.CaseNotAccepted;
import org.onewindow.workflow.CasePromises;
import org.onewindow.workflow.CaseResumed;
import org.onewindow.workflow.CaseSuspended;
import org.onewindow.workflow.CorrectionRequested;
import org.onewindow.workflow.SuspensionKind;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant what the departments decided: acceptance (and until when the case is
 * promised), a correction request with everything missing, a refusal with its reason, the decision.
 */
@Component
class WorkflowNotifications {

    private static final Map<SuspensionKind, String> PROCEDURES = Map.of(
            SuspensionKind.HEARING, "听证",
            SuspensionKind.EXPERT_REVIEW, "专家评审",
            SuspensionKind.INSPECTION, "检验检测");

    private final Cases cases;
    private final Catalog catalog;
    private final CasePromises promises;
    private final ApplicantMessages messages;
    private final Deliveries deliveries;

    WorkflowNotifications(
            Cases cases, Catalog catalog, CasePromises promises, ApplicantMessages messages, Deliveries deliveries) {
        this.cases = cases;
        this.catalog = catalog;
        this.promises = promises;
        this.messages = messages;
        this.deliveries = deliveries;
    }

    @DeliveryListener
    void on(CaseAccepted event) {
        toApplicant(event.businessKey(), c -> {
            // Events stored before the promised date was carried in them name none: the process tells.
            String promise = Optional.ofNullable(event.promisedBy()).or(() -> promisedBy(event.businessKey()))
                    .map(date -> "承诺于 " + date + " 前办结。")
                    .orElse("");
            String text = event.deemed()
                    ? "您的申请（" + describe(c) + "）自收到之日起 5 个工作日内未获受理决定，依法视为已受理"
                            + "（行政许可法第三十二条）。" + promise
                    : "您的申请（" + describe(c) + "）已受理。" + promise;
            messages.send(c, "accepted:" + c.caseId(), event.deemed() ? "申请视为已受理" : "申请已受理", text);
        });
    }

    @DeliveryListener
    void on(CorrectionRequested event) {
        toApplicant(event.businessKey(), c -> {
            List<String> missing = event.missing();
            String list = String.join("；", IntStream.range(0, missing.size())
                    .mapToObj(i -> (i + 1) + ". " + missing.get(i)).toList());
            String text = "您的申请（" + describe(c) + "）需要补正以下内容：" + list
                    + "。请一次补齐后重新提交；补正期间不计入办理时限。";
            messages.send(c, "correction:" + c.caseId(), "请补正申请材料", text);
        });
    }

    @DeliveryListener
    void on(CaseNotAccepted event) {
        toApplicant(event.businessKey(), c -> messages.send(c, "not-accepted:" + c.caseId(), "申请不予受理",
                "您的申请（" + describe(c) + "）不予受理，理由：" + event.reason()
                        + "。如有异议，可依法申请行政复议或者提起行政诉讼。"));
    }

    @DeliveryListener
    void on(CaseDecided event) {
        toApplicant(event.businessKey(), c -> messages.send(c, "decided:" + c.caseId(),
                event.approved() ? "申请已办结：准予许可" : "申请已办结：不予许可",
                event.approved()
                        ? "您的申请（" + describe(c) + "）已办结，准予许可。"
                        : "您的申请（" + describe(c) + "）不予许可，理由：" + event.reason()
                                + "。如有异议，可依法申请行政复议或者提起行政诉讼。"));
    }

    @DeliveryListener
    void on(CaseExtended event) {
        toApplicant(event.businessKey(), c -> messages.send(c, "extended:" + c.caseId(), "办理期限延长",
                "经部门负责人批准，您的申请（" + describe(c) + "）办理期限延长 " + event.days() + " 个工作日"
                        + (event.promisedBy() == null ? "" : "，至 " + event.promisedBy()) + "。理由：" + event.reason()
                        + "。"));
    }

    @DeliveryListener
    void on(CaseSuspended event) {
        toApplicant(event.businessKey(), c -> messages.send(c, "suspended:" + event.suspensionId(),
                "办件进入" + PROCEDURES.get(event.kind()) + "程序",
                "您的申请（" + describe(c) + "）需要" + PROCEDURES.get(event.kind()) + "：" + event.reason()
                        + "。所需时间不计入办理时限（行政许可法第四十五条）。"));
    }

    @DeliveryListener
    void on(CaseResumed event) {
        toApplicant(event.businessKey(), c -> messages.send(c, "resumed:" + event.suspensionId(),
                PROCEDURES.get(event.kind()) + "结束，继续办理",
                "您的申请（" + describe(c) + "）" + PROCEDURES.get(event.kind()) + "已结束，继续办理"
                        + (event.promisedBy() == null ? "。" : "，承诺于 " + event.promisedBy() + " 前办结。")));
    }

    /** Delivers a message about the case, if there is one, in a transaction shared with other deliveries. */
    private void toApplicant(String businessKey, Consumer<CaseSummary> message) {
        deliveries.run(() -> summary(businessKey).ifPresent(message));
    }

    private Optional<CaseSummary> summary(String businessKey) {
        return cases.summary(UUID.fromString(businessKey));
    }

    private Optional<LocalDate> promisedBy(String businessKey) {
        return promises.promisedBy(businessKey);
    }

    private String describe(CaseSummary c) {
        return catalog.item(c.itemCode()).map(ServiceItem::name).orElse(c.itemCode()) + "，回执编号 " + c.receiptNumber();
    }
}
