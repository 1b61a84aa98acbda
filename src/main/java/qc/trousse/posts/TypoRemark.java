package qc.trousse.posts;

/**
 * One typography fault: the characters [start, end) of the text (UTF-16 indices) should read replacement.
 * position is 1-based and counts characters as a person does (code points), for messages.
 */
public record TypoRemark(TypoRule rule, int start, int end, String replacement, int position) {
}
