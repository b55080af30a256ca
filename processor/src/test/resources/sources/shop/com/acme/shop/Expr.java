package com.acme.shop;

/** A recursive sealed union: expressions over ints. */
public sealed interface Expr permits Expr.Lit, Expr.Add, Expr.Neg {
  record Lit(int value) implements Expr {}

  record Add(Expr left, Expr right) implements Expr {}

  record Neg(Expr inner) implements Expr {}
}
