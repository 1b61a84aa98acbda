package qc.trousse.posts;

import java.time.LocalDate;

/** A person or an organisation the office honours (a certificate's recipient), a name a post can salute. */
public record Honoured(String name, boolean organisation, LocalDate date) {
}
