package org.collegium.exchange.demo;

import java.time.LocalDate;
import java.util.List;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.exchanges.ExchangePlan;
import org.collegium.exchange.exchanges.JointReport;
import org.collegium.exchange.exchanges.Participant;
import org.collegium.exchange.exchanges.Side;
import org.collegium.identity.AccountId;

/** The two exchanges of the 2017 pilot. */
final class ExchangeDemoExchanges {

    private static final String TRAINING = "A one-day training by the CONNECT secretariat in Brussels on the "
            + "colleague-to-colleague method: preparing the diagnosis, working as peers, writing the joint report.";

    private ExchangeDemoExchanges() {
    }

    static ExchangePlan phnomPenhMission(AccountId head, AccountId trainer) {
        return new ExchangePlan(ExchangeMethod.EXPERT_MISSION, LocalDate.of(2017, 3, 20), LocalDate.of(2017, 3, 31),
                "Phnom Penh Capital Administration; Kandal provincial hall", TRAINING, null, List.of(
                        new Participant(Side.EXPERTISE, 1, head, "Anouk Janssen", "Utrecht", "Head of human resources"),
                        new Participant(Side.PARTNER, 1, null, "Vannak Sok", "Phnom Penh Capital Administration",
                                "Director of administration and personnel"),
                        new Participant(Side.EXPERTISE, 2, trainer, "Thomas Bakker", "Utrecht",
                                "Training and staff development officer"),
                        new Participant(Side.PARTNER, 2, null, "Sreymom Kim", "Kandal Province", "Training officer")));
    }

    static JointReport phnomPenhReport() {
        return new JointReport(
                "A diagnosis of personnel management with the capital's HR team, two workshops with 24 officers of "
                        + "the capital and of Kandal, and a visit to three communes.",
                "Job descriptions drafted for 12 posts; an appraisal cycle agreed for the capital administration, to "
                        + "be tested in 2017 with two departments.",
                "Work from the rules that already exist; appraisal only works when managers are trained first; a "
                        + "colleague with the same job is listened to.",
                "Remote follow-up every month until September; NLC will share the job descriptions with other provinces.");
    }

    static ExchangePlan barcelonaPlacement(AccountId manager) {
        return new ExchangePlan(ExchangeMethod.WORK_PLACEMENT, LocalDate.of(2017, 4, 3), LocalDate.of(2017, 4, 21),
                "Collserola Natural Park, Barcelona", TRAINING, null, List.of(
                        new Participant(Side.EXPERTISE, 1, manager, "Jordi Serra", "Barcelona",
                                "Gestor de espacios naturales protegidos"),
                        new Participant(Side.PARTNER, 1, null, "Andrés Castaño", "Municipio de La Macarena",
                                "Secretario de turismo"),
                        new Participant(Side.PARTNER, 1, null, "Luz Marina Ortiz", "Municipio de San Vicente del Caguán",
                                "Coordinadora ambiental")));
    }
}
