package it.ponte.tenancy.domain;

import java.util.List;
import java.util.Map;

/**
 * The privacy notice (informativa, art. 13 GDPR) a territory shows when its descriptor gives none
 * of its own: who processes the data, for which purposes and on which legal basis, for how long,
 * and the person's rights, in Italian and English.
 */
public final class StandardNotice {

  private StandardNotice() {}

  /** The notice by language, naming the territory and its partners. */
  public static Map<String, String> of(String territory, List<String> partners) {
    String who =
        partners.isEmpty() ? territory : territory + " (" + String.join(", ", partners) + ")";
    String it =
        """
        Informativa sul trattamento dei dati personali (art. 13 del Regolamento UE 2016/679)

        Titolare del trattamento: %s.

        Perché trattiamo i tuoi dati
        - PROGRAMME (necessario): partecipare al programma: colloqui, profilo, incontro con le \
        offerte di lavoro, inserimenti e formazione. Base giuridica: il tuo consenso (art. 6.1.a).
        - HEALTH_DATA (facoltativo): trattare informazioni sulla tua salute, per esempio nei \
        percorsi con i servizi di salute mentale. Base giuridica: il tuo consenso esplicito \
        (art. 9.2.a). Senza questo consenso non registriamo difficoltà di salute.
        - SHARING_WITH_COMPANIES (facoltativo): inviare il tuo CV e il tuo profilo alle aziende \
        che cercano personale. Senza questo consenso il tuo CV non viene inviato.

        Per quanto tempo: per la durata del programma e poi per il tempo previsto dalle regole \
        del territorio; dopo, i dati sono cancellati o resi anonimi. Le statistiche non \
        permettono mai di riconoscerti.

        I tuoi diritti: accedere ai tuoi dati e riceverne copia, correggerli, chiederne la \
        cancellazione, revocare in ogni momento i consensi facoltativi (senza conseguenze sul \
        trattamento già fatto), proporre reclamo al Garante per la protezione dei dati personali. \
        Per esercitarli rivolgiti all'operatore che ti segue o agli uffici del programma.
        """
            .formatted(who);
    String en =
        """
        Privacy notice (art. 13 of Regulation (EU) 2016/679)

        Controller: %s.

        Why we process your data
        - PROGRAMME (required): taking part in the programme: interviews, profile, matching with \
        job offers, placements and training. Legal basis: your consent (art. 6.1.a).
        - HEALTH_DATA (optional): processing information about your health, e.g. in pathways \
        with mental-health services. Legal basis: your explicit consent (art. 9.2.a). Without it \
        no health difficulty is recorded.
        - SHARING_WITH_COMPANIES (optional): sending your CV and profile to companies looking for \
        staff. Without it your CV is not sent.

        For how long: for the programme and then as long as the territory's rules require; then \
        the data are erased or made anonymous. Statistics never make you recognisable.

        Your rights: see your data and get a copy, correct them, ask for their erasure, withdraw \
        the optional consents at any time (without affecting what was done before), complain to \
        the Italian data protection authority (Garante). Ask the operator who follows you or the \
        programme's offices.
        """
            .formatted(who);
    return Map.of("it", it.strip(), "en", en.strip());
  }
}
