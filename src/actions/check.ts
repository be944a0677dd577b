/** Root action: the all-in-one PR check. */
import * as core from '@actions/core';

core.info('mlops check');
