package dev.cometsdk.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** A build step that cannot go on; the message is written for the user and is all they need. */
public final class BuildException extends Exception {
  private static final long serialVersionUID = 1L;

  public BuildException(String message) {
    super(message);
  }

  public BuildException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * {@code what}, then why the file system said no, in words for the user: {@code Cannot write
   * /x/A.java: /x: Permission denied} rather than the exception's class and no reason.
   */
  public static BuildException of(String what, IOException e) {
    String reason;
    if (e instanceof FileSystemException failure) {
      String file = failure.getFile();
      String why = failure.getReason() != null ? failure.getReason()
          : e instanceof NoSuchFileException ? "no such file or folder"
          : e instanceof AccessDeniedException ? "permission denied"
          : e instanceof FileAlreadyExistsException ? "already exists"
          : e instanceof DirectoryNotEmptyException ? "folder not empty"
          : e instanceof NotDirectoryException ? "not a folder"
          : e.getClass().getSimpleName();
      reason = file == null ? why : file + ": " + why;
    } else {
      reason = e.getMessage() != null ? e.getMessage() : e.toString();
    }
    return new BuildException(what + ": " + reason, e);
  }
}
