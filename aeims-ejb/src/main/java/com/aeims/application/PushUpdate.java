package com.aeims.application;

/** Something users' open pages are to be told about (see {@link Push}); each use case defines its own. */
public interface PushUpdate {
}
