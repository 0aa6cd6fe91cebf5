/*
 * Automatically generated file; DO NOT EDIT.
 * Select and imply
 */
