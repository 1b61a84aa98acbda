package qc.trousse.campaign;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Where a given day stands relative to the campaign week: before (days to go), during, or after. */
public record CampaignCountdown(Phase phase, long days) {
    public enum Phase { BEFORE, DURING, OVER }

    public static CampaignCountdown of(Campaign campaign, LocalDate today) {
        if (today.isBefore(campaign.start())) {
            return new CampaignCountdown(Phase.BEFORE, ChronoUnit.DAYS.between(today, campaign.start()));
        }
        if (today.isAfter(campaign.end())) {
            return new CampaignCountdown(Phase.OVER, ChronoUnit.DAYS.between(campaign.end(), today));
        }
        return new CampaignCountdown(Phase.DURING, ChronoUnit.DAYS.between(campaign.start(), today) + 1);
    }
}
