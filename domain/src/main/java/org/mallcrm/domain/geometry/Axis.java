package org.mallcrm.domain.geometry;

/** The axis a straight cut is measured on: {@code X} cuts along the line x = c, {@code Y} along y = c. */
public enum Axis {
    X, Y
}
