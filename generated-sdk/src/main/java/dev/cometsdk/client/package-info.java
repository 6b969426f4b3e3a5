/**
 * The Comet Server API client. The classes of this package are generated from the newest bundled
 * spec by the generator; this file only names the package until the generator lands.
 */
package dev.cometsdk.client;
