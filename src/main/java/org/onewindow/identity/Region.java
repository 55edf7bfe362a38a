package org.onewindow.identity;

import org.onewindow.shared.DivisionCode;

/** An administrative division (GB/T 2260) and its parent. */
public record Region(DivisionCode code, String name, String nameEn, DivisionCode parent) {}
