package qc.trousse.certificates.render;

/** Horizontal alignment of a field's text in its box. */
public enum Align {
    LEFT, CENTER, RIGHT
}
