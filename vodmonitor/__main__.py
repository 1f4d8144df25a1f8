from vodmonitor.app import main

raise SystemExit(main())
