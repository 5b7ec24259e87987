"""The CarGoRuqsat uplink: the API client (a ``Destination``), its settings and the day's truck queue.

Wiring (the composition root, ``cgr.uplink.create_cgr_uplink``)::

    uplink = create_cgr_uplink(config.uplink.cgr, secrets, paths.data_dir)
    uplink.trucks.load()                      # the last list and its age, before the first fetch
    dispatcher.add(uplink.client)             # deliver() / aclose()
    loop.create_task(uplink.poller.run(stop)) # TruckNumbers every truck_numbers_poll_s
"""
