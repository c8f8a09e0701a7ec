<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
    <context>
        <name>ContainerActions</name>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>%1 are running. Removing them needs force: Docker stops them at once, without letting them finish, then removes them.</source>
            <translation>%1이(가) 실행 중입니다. 삭제하려면 강제해야 합니다: Docker가 작업을 마칠 틈 없이 즉시 멈춘 다음 삭제합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>%1 is running. Removing it needs force: Docker stops it at once, without letting it finish, then removes it.</source>
            <translation>%1이(가) 실행 중입니다. 삭제하려면 강제해야 합니다: Docker가 작업을 마칠 틈 없이 즉시 멈춘 다음 삭제합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>%1 of the selected containers no longer exist.</source>
            <translation>선택한 컨테이너 중 %1개는 더 이상 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>&amp;Kill…</source>
            <translation>강제 종료(&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>&amp;Pause</source>
            <translation>일시 정지(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>&amp;Run…</source>
            <translation>실행(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>&amp;Start</source>
            <translation>시작(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Also remove the anonymous volumes of these containers (-v)</source>
            <translation>이 컨테이너들의 익명 볼륨도 삭제 (-v)</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Also remove the anonymous volumes of this container (-v)</source>
            <translation>이 컨테이너의 익명 볼륨도 삭제 (-v)</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Create and start a new container from an image</source>
            <translation>이미지로 새 컨테이너를 만들고 시작합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Each gets a signal to finish its work, and is stopped for good after %1 seconds.</source>
            <translation>각 컨테이너에 작업을 마치라는 신호를 보내고, %1초 뒤에는 완전히 멈춥니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Each gets a signal to finish its work, and is stopped for good after its stop timeout (10 seconds unless set otherwise).</source>
            <translation>각 컨테이너에 작업을 마치라는 신호를 보내고, 중지 대기 시간(따로 정하지 않았으면 10초)이 지나면 완전히 멈춥니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Force Remove</source>
            <translation>강제 삭제</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Freeze the selected containers; again to let them go on</source>
            <translation>선택한 컨테이너를 얼려 둡니다. 한 번 더 하면 다시 진행합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Kill</source>
            <translation>강제 종료</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Kill %1 at once?</source>
            <translation>%1을(를) 즉시 강제 종료할까요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Kill Containers</source>
            <translation>컨테이너 강제 종료</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Kill these %1 containers at once?</source>
            <translation>이 컨테이너 %1개를 즉시 강제 종료할까요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Killed %1.</source>
            <translation>%1을(를) 강제 종료했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Killing stops the processes at once; unsaved work in them is lost.</source>
            <translation>강제 종료하면 프로세스가 즉시 멈추고, 저장하지 않은 작업은 사라집니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Left alone, as they are not running: %1.</source>
            <translation>실행 중이 아니어서 그대로 둔 컨테이너: %1.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Named volumes are kept: %1.</source>
            <translation>이름 있는 볼륨은 남겨 둡니다: %1.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>No container is running.</source>
            <translation>실행 중인 컨테이너가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>None of the selected containers is running.</source>
            <translation>선택한 컨테이너 중 실행 중인 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Open %1</source>
            <translation>%1 열기</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Opened %1 in the browser.</source>
            <translation>브라우저에서 %1을(를) 열었습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Paused %1.</source>
            <translation>%1을(를) 일시 정지했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>R&amp;estart…</source>
            <translation>다시 시작(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Re&amp;move…</source>
            <translation>삭제(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Remove</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Remove %1?</source>
            <translation>%1을(를) 삭제할까요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Remove Containers</source>
            <translation>컨테이너 삭제</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Remove the selected containers</source>
            <translation>선택한 컨테이너를 삭제합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Remove these %1 containers?</source>
            <translation>이 컨테이너 %1개를 삭제할까요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Removed %1.</source>
            <translation>%1을(를) 삭제했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Restart</source>
            <translation>다시 시작</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Restart %1?</source>
            <translation>%1을(를) 다시 시작할까요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Restart Containers</source>
            <translation>컨테이너 다시 시작</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Restart these %1 containers?</source>
            <translation>이 컨테이너 %1개를 다시 시작할까요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Restarted %1.</source>
            <translation>%1을(를) 다시 시작했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>S&amp;top…</source>
            <translation>중지(&amp;T)…</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Start the selected containers</source>
            <translation>선택한 컨테이너를 시작합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Started %1.</source>
            <translation>%1을(를) 시작했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Stop</source>
            <translation>중지</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Stop %1?</source>
            <translation>%1을(를) 중지할까요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Stop &amp;All…</source>
            <translation>모두 중지(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Stop All</source>
            <translation>모두 중지</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Stop All Containers</source>
            <translation>모든 컨테이너 중지</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Stop Containers</source>
            <translation>컨테이너 중지</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Stop all %1 running containers?</source>
            <translation>실행 중인 컨테이너 %1개를 모두 중지할까요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Stop every running container</source>
            <translation>실행 중인 컨테이너를 모두 중지합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Stop the running container %1?</source>
            <translation>실행 중인 컨테이너 %1을(를) 중지할까요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Stop the selected containers and start them again</source>
            <translation>선택한 컨테이너를 중지했다가 다시 시작합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Stop the selected containers at once, without letting them finish</source>
            <translation>선택한 컨테이너를 작업을 마칠 틈 없이 즉시 멈춥니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Stop the selected containers, letting them finish their work</source>
            <translation>선택한 컨테이너가 작업을 마무리하도록 한 뒤 중지합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Stop these %1 containers?</source>
            <translation>이 컨테이너 %1개를 중지할까요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Stopped %1.</source>
            <translation>%1을(를) 중지했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>The same in a terminal:</source>
            <translation>터미널에서는 이렇게 합니다:</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>The selected containers are already running.</source>
            <translation>선택한 컨테이너는 이미 실행 중입니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Un&amp;pause</source>
            <translation>재개(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Unpaused %1.</source>
            <translation>%1을(를) 재개했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_actions.py" />
            <source>Volumes Docker made without a name. Named volumes are always kept.</source>
            <translation>Docker가 이름 없이 만든 볼륨입니다. 이름 있는 볼륨은 항상 남겨 둡니다.</translation>
        </message>
    </context>
    <context>
        <name>ContainerDetailsPane</name>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>%1 containers selected.</source>
            <translation>컨테이너 %1개 선택됨.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>(read-only)</source>
            <translation>(읽기 전용)</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>Asking Docker…</source>
            <translation>Docker에 묻는 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>Command</source>
            <translation>명령</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>Created</source>
            <translation>생성</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>Environment</source>
            <translation>환경 변수</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>Exit code</source>
            <translation>종료 코드</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>Finished</source>
            <translation>종료 시각</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>Image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>Mounts</source>
            <translation>마운트</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>Network</source>
            <translation>네트워크</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>Ports</source>
            <translation>포트</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>Restart</source>
            <translation>재시작</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>Select a container to see its details.</source>
            <translation>컨테이너를 선택하면 자세한 정보가 보입니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>Started</source>
            <translation>시작 시각</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>User</source>
            <translation>사용자</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>Working folder</source>
            <translation>작업 폴더</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>anonymous volume</source>
            <translation>익명 볼륨</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>removed when it exits (--rm)</source>
            <translation>종료되면 삭제됨 (--rm)</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>restarted %1 times</source>
            <translation>%1번 다시 시작됨</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>stopped for want of memory</source>
            <translation>메모리가 모자라 멈춤</translation>
        </message>
        <message>
            <location filename="../../gui/views/container_details.py" />
            <source>volume %1</source>
            <translation>볼륨 %1</translation>
        </message>
    </context>
    <context>
        <name>Containers</name>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>Choose another host port, or stop what is using it.</source>
            <translation>다른 호스트 포트를 고르거나, 그 포트를 쓰고 있는 프로그램을 중지하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>Choose another name, or remove the other container first.</source>
            <translation>다른 이름을 고르거나, 먼저 그 컨테이너를 삭제하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>Docker could not create the container: {message}</source>
            <translation>Docker가 컨테이너를 만들지 못했습니다: {message}</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>Docker could not start '{name}': a host port it needs is already in use.</source>
            <translation>Docker가 '{name}'을(를) 시작하지 못했습니다: 필요한 호스트 포트를 이미 다른 곳에서 쓰고 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>Docker could not start '{name}': host port {port} is already in use.</source>
            <translation>Docker가 '{name}'을(를) 시작하지 못했습니다: 호스트 포트 {port}을(를) 이미 다른 곳에서 쓰고 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>Docker could not start '{name}': {message}</source>
            <translation>Docker가 '{name}'을(를) 시작하지 못했습니다: {message}</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>Docker could not {verb} '{name}': {message}</source>
            <translation>Docker가 '{name}'에 대해 {verb} 작업을 하지 못했습니다: {message}</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>It may have been removed in the meantime; the list shows what is left.</source>
            <translation>그 사이에 삭제되었을 수 있습니다. 목록에는 남아 있는 것만 보입니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>Pull it first, then run it.</source>
            <translation>먼저 이미지를 가져온(pull) 다음 실행하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>Stop it first, or remove it with force (docker rm -f), which stops it at once.</source>
            <translation>먼저 중지하거나, 강제 삭제(docker rm -f)하세요. 강제 삭제는 컨테이너를 즉시 멈춥니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>The container '{name}' is already paused.</source>
            <translation>컨테이너 '{name}'은(는) 이미 일시 정지되어 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>The container '{name}' is not paused, so there is nothing to unpause.</source>
            <translation>컨테이너 '{name}'은(는) 일시 정지 상태가 아니므로 재개할 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>The container '{name}' is not running, so it cannot be paused.</source>
            <translation>컨테이너 '{name}'이(가) 실행 중이 아니므로 일시 정지할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>The container '{name}' is not running, so there is nothing to kill.</source>
            <translation>컨테이너 '{name}'이(가) 실행 중이 아니므로 강제 종료할 것이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>The container '{name}' is paused, and Docker does not remove a paused container.</source>
            <translation>컨테이너 '{name}'이(가) 일시 정지되어 있습니다. Docker는 일시 정지된 컨테이너를 삭제하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>The container '{name}' is running, and Docker does not remove a running container.</source>
            <translation>컨테이너 '{name}'이(가) 실행 중입니다. Docker는 실행 중인 컨테이너를 삭제하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>The container '{name}' no longer exists.</source>
            <translation>컨테이너 '{name}'은(는) 더 이상 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>The image '{image}' is not on this computer.</source>
            <translation>이미지 '{image}'이(가) 이 컴퓨터에 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>The name '{name}' is already used by another container.</source>
            <translation>이름 '{name}'은(는) 이미 다른 컨테이너가 쓰고 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/containers.py" />
            <source>Unpause and stop it first, or remove it with force (docker rm -f).</source>
            <translation>먼저 재개한 뒤 중지하거나, 강제 삭제(docker rm -f)하세요.</translation>
        </message>
    </context>
    <context>
        <name>ContainersModel</name>
        <message>
            <location filename="../../gui/models/containers.py" />
            <source>Click a published port to open it in your browser</source>
            <translation>공개된 포트를 클릭하면 브라우저에서 열립니다</translation>
        </message>
        <message>
            <location filename="../../gui/models/containers.py" />
            <source>Created</source>
            <translation>생성</translation>
        </message>
        <message>
            <location filename="../../gui/models/containers.py" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../gui/models/containers.py" />
            <source>Image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <location filename="../../gui/models/containers.py" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../gui/models/containers.py" />
            <source>Ports</source>
            <translation>포트</translation>
        </message>
        <message>
            <location filename="../../gui/models/containers.py" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location filename="../../gui/models/containers.py" />
            <source>Status</source>
            <translation>상세 상태</translation>
        </message>
    </context>
    <context>
        <name>EngineBanner</name>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Retry</source>
            <translation>다시 시도</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Try to reach Docker again now</source>
            <translation>지금 Docker에 다시 연결해 봅니다</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../gui/views/error_dialog.py" />
            <source>And %1 more errors since (see the details).</source>
            <translation>그 뒤로 오류가 %1개 더 있습니다(자세한 내용 참고).</translation>
        </message>
        <message>
            <location filename="../../gui/views/error_dialog.py" />
            <source>Berth could not open its log file.</source>
            <translation>Berth가 로그 파일을 열지 못했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/error_dialog.py" />
            <source>Berth — something went wrong</source>
            <translation>Berth — 문제가 생겼습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/error_dialog.py" />
            <source>Berth's log file: &lt;a href="%1"&gt;%2&lt;/a&gt;</source>
            <translation>Berth 로그 파일: &lt;a href="%1"&gt;%2&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/views/error_dialog.py" />
            <source>Copied</source>
            <translation>복사했습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/error_dialog.py" />
            <source>Copy details</source>
            <translation>자세한 내용 복사</translation>
        </message>
        <message>
            <location filename="../../gui/views/error_dialog.py" />
            <source>Copy the message and technical details, for a bug report</source>
            <translation>버그 신고에 쓸 수 있도록 메시지와 기술적인 내용을 복사합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/error_dialog.py" />
            <source>Error details</source>
            <translation>오류 자세한 내용</translation>
        </message>
        <message>
            <location filename="../../gui/views/error_dialog.py" />
            <source>Hide details</source>
            <translation>자세한 내용 숨기기</translation>
        </message>
        <message>
            <location filename="../../gui/views/error_dialog.py" />
            <source>Show details</source>
            <translation>자세한 내용 보기</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Add your user to the 'docker' group and log in again.</source>
            <translation>사용자를 'docker' 그룹에 추가한 다음 다시 로그인하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Berth couldn't verify the TLS certificate of Docker at {host}.</source>
            <translation>Berth가 {host}에 있는 Docker의 TLS 인증서를 확인하지 못했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Cancelled.</source>
            <translation>취소했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Check DOCKER_CERT_PATH and that the certificates belong to this engine.</source>
            <translation>DOCKER_CERT_PATH를 확인하고, 인증서가 이 엔진의 것인지 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Check that {host} is really a Docker engine, then try again.</source>
            <translation>{host}이(가) 정말 Docker 엔진인지 확인한 다음 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Check the Docker address (DOCKER_HOST) you gave Berth.</source>
            <translation>Berth에 지정한 Docker 주소(DOCKER_HOST)를 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Docker at {host} didn't answer in time.</source>
            <translation>{host}의 Docker가 제시간에 응답하지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Docker at {host} didn't answer within {seconds} seconds.</source>
            <translation>{host}의 Docker가 {seconds}초 안에 응답하지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Docker couldn't find it: {message}</source>
            <translation>Docker가 찾지 못했습니다: {message}</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Docker isn't running at {host}: the connection was refused.</source>
            <translation>{host}에서 Docker가 실행되고 있지 않습니다: 연결이 거부되었습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Docker isn't running: there is no Docker socket at {path}.</source>
            <translation>Docker가 실행되고 있지 않습니다: {path}에 Docker 소켓이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Docker may be busy or stuck. Wait a moment and try again, or restart Docker.</source>
            <translation>Docker가 바쁘거나 멈췄을 수 있습니다. 잠시 기다렸다가 다시 시도하거나, Docker를 다시 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Docker may have stopped or restarted. Berth reconnects when it is back.</source>
            <translation>Docker가 멈췄거나 다시 시작되었을 수 있습니다. Docker가 돌아오면 Berth가 다시 연결합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Docker refused because of a conflict: {message}</source>
            <translation>충돌 때문에 Docker가 거부했습니다: {message}</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Docker rejected the request: {message}</source>
            <translation>Docker가 요청을 거부했습니다: {message}</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Docker reported a problem: {message}</source>
            <translation>Docker가 문제를 알렸습니다: {message}</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Docker reported an error ({code}): {message}</source>
            <translation>Docker가 오류를 알렸습니다({code}): {message}</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Docker sent a reply that Berth could not read.</source>
            <translation>Docker가 Berth가 읽을 수 없는 응답을 보냈습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Docker was not allowed to do that: {message}</source>
            <translation>Docker에 그 작업을 할 권한이 없습니다: {message}</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Docker's reply broke off in the middle.</source>
            <translation>Docker의 응답이 중간에 끊겼습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Log in to the registry, then try again.</source>
            <translation>레지스트리에 로그인한 다음 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Something unexpected went wrong: {message}</source>
            <translation>예상하지 못한 문제가 생겼습니다: {message}</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Start Docker (Docker Desktop, or the docker service), then try again.</source>
            <translation>Docker(Docker Desktop 또는 docker 서비스)를 시작한 다음 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>The connection to Docker at {host} was lost.</source>
            <translation>{host}의 Docker와 연결이 끊겼습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>The engine may have restarted. Try again.</source>
            <translation>엔진이 다시 시작되었을 수 있습니다. 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Try again. If it keeps happening, copy the details into a bug report.</source>
            <translation>다시 시도하세요. 계속 이런다면 자세한 내용을 복사해 버그 신고에 넣어 주세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>Try again. If it keeps happening, restart Docker.</source>
            <translation>다시 시도하세요. 계속 이런다면 Docker를 다시 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>You don't have permission to use Docker at {path}.</source>
            <translation>{path}의 Docker를 사용할 권한이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/errors.py" />
            <source>{path} is not a Docker socket: it is an ordinary file.</source>
            <translation>{path}은(는) Docker 소켓이 아니라 일반 파일입니다.</translation>
        </message>
    </context>
    <context>
        <name>FullLineDialog</name>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>%1 characters, shown in pieces of %2. Copy takes the line exactly as it is.</source>
            <translation>%1자이며, %2자씩 나누어 보여 줍니다. 복사하면 줄 전체가 그대로 복사됩니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>%1 characters.</source>
            <translation>%1자.</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Copy line</source>
            <translation>줄 복사</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Whole line</source>
            <translation>줄 전체</translation>
        </message>
    </context>
    <context>
        <name>Guidance</name>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>%1 stopped unexpectedly (exit code %2)</source>
            <translation>%1이(가) 예기치 않게 멈췄습니다 (종료 코드 %2)</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>A container is an image running, the way an app runs once you open it: run a container from an image, and it appears here, running or stopped.</source>
            <translation>컨테이너는 실행 중인 이미지입니다. 앱을 열면 실행되는 것과 같습니다. 이미지로 컨테이너를 실행하면, 실행 중이든 멈췄든 여기에 나타납니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>An image is like an app from an app store: Docker Hub is the store, pulling an image downloads it to this computer, and running it makes a container.</source>
            <translation>이미지는 앱 스토어에서 받은 앱과 같습니다. Docker Hub가 스토어이고, 이미지를 가져오면(pull) 이 컴퓨터에 내려받으며, 실행하면 컨테이너가 됩니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>Click to view its logs.</source>
            <translation>클릭하면 로그를 봅니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>Dismiss</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>Docker Engine is the program that keeps images and runs containers in the background. Berth shows what it has and asks it to pull, run and stop, so it needs Docker Engine running.</source>
            <translation>Docker 엔진은 이미지를 보관하고 컨테이너를 백그라운드에서 실행하는 프로그램입니다. Berth는 엔진이 가진 것을 보여 주고 가져오기·실행·중지를 엔진에 요청하므로, Docker 엔진이 실행 중이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>No containers yet</source>
            <translation>아직 컨테이너가 없습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>No images on this computer yet</source>
            <translation>이 컴퓨터에 아직 이미지가 없습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>Not available in this version of Berth</source>
            <translation>이 버전의 Berth에서는 쓸 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>Notification</source>
            <translation>알림</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>On Linux, start the docker service (for example: %1), or open Docker Desktop if you use it. Berth connects by itself.</source>
            <translation>Linux에서는 docker 서비스를 시작하세요(예: %1). Docker Desktop을 쓴다면 Docker Desktop을 여세요. Berth가 알아서 연결합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>On Windows, open Docker Desktop from the Start menu and wait until it says Docker is running. Berth connects by itself.</source>
            <translation>Windows에서는 시작 메뉴에서 Docker Desktop을 열고, Docker가 실행 중이라고 표시될 때까지 기다리세요. Berth가 알아서 연결합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>On macOS, open Docker Desktop from Applications and wait until it says Docker is running. Berth connects by itself.</source>
            <translation>macOS에서는 응용 프로그램 폴더에서 Docker Desktop을 열고, Docker가 실행 중이라고 표시될 때까지 기다리세요. Berth가 알아서 연결합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>Pull an image…</source>
            <translation>이미지 가져오기…</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>Run a container…</source>
            <translation>컨테이너 실행…</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>There are no images on this computer yet either: pull one first, then run a container from it.</source>
            <translation>이 컴퓨터에는 아직 이미지도 없습니다. 먼저 이미지를 가져온 다음, 그 이미지로 컨테이너를 실행하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>This Docker Engine is on another computer (%1): it must be running there and reachable from here.</source>
            <translation>이 Docker 엔진은 다른 컴퓨터(%1)에 있습니다. 그 컴퓨터에서 실행 중이어야 하고, 여기에서 접속할 수 있어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>View Logs</source>
            <translation>로그 보기</translation>
        </message>
    </context>
    <context>
        <name>ImageActions</name>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>%1 could not be removed:</source>
            <translation>%1을(를) 삭제하지 못했습니다:</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>&amp;Log In to a Registry…</source>
            <translation>레지스트리에 로그인(&amp;L)…</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>&amp;Pull Image…</source>
            <translation>이미지 가져오기(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>&amp;Pulls</source>
            <translation>가져오기 목록(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>&amp;Remove…</source>
            <translation>삭제(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Create and start a container from the selected image</source>
            <translation>선택한 이미지로 컨테이너를 만들고 시작합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Download an image from Docker Hub or another registry</source>
            <translation>Docker Hub나 다른 레지스트리에서 이미지를 내려받습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Log in to Docker Hub or a private registry</source>
            <translation>Docker Hub나 개인 레지스트리에 로그인합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Logged in to %1.</source>
            <translation>%1에 로그인했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Pull &amp;Again</source>
            <translation>다시 가져오기(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Pull an Image…</source>
            <translation>이미지 가져오기…</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Pull the selected names again, to get their newest version</source>
            <translation>선택한 이름을 다시 가져와 최신 버전으로 만듭니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>R&amp;un…</source>
            <translation>실행(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Remove &amp;Unused Images…</source>
            <translation>사용하지 않는 이미지 삭제(&amp;U)…</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Remove Images</source>
            <translation>이미지 삭제</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Remove images no container uses, and see the space it frees first</source>
            <translation>어떤 컨테이너도 쓰지 않는 이미지를 삭제합니다. 확보되는 공간을 먼저 보여 줍니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Remove the selected images, or untag the selected names</source>
            <translation>선택한 이미지를 삭제하거나, 선택한 이름의 태그를 뗍니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Removed %1 images</source>
            <translation>이미지 %1개를 삭제했습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Removed %1 images and freed %2.</source>
            <translation>이미지 %1개를 삭제해 %2를 확보했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Removed 1 image</source>
            <translation>이미지 1개를 삭제했습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Removed 1 image and freed %2.</source>
            <translation>이미지 1개를 삭제해 %2를 확보했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Removing unused images…</source>
            <translation>사용하지 않는 이미지를 삭제하는 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Running a container from an image is not available in this version of Berth</source>
            <translation>이 버전의 Berth에서는 이미지로 컨테이너를 실행할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Show or hide the pulls panel</source>
            <translation>가져오기 패널을 보이거나 숨깁니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>There are no images on this computer yet.
Pull one from Docker Hub or another registry to get started.</source>
            <translation>이 컴퓨터에 아직 이미지가 없습니다.
Docker Hub나 다른 레지스트리에서 이미지를 가져와 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_actions.py" />
            <source>Untagged %1</source>
            <translation>%1의 태그를 뗐습니다</translation>
        </message>
    </context>
    <context>
        <name>ImageDetailsPane</name>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>%1 images selected · %2</source>
            <translation>이미지 %1개 선택됨 · %2</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>Command</source>
            <translation>명령</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>Created</source>
            <translation>생성</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>Digests</source>
            <translation>다이제스트</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>Entrypoint</source>
            <translation>엔트리포인트</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>Environment</source>
            <translation>환경 변수</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>Exposed ports</source>
            <translation>노출된 포트</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>Layers</source>
            <translation>레이어</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>Platform</source>
            <translation>플랫폼</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>Reading the image's details…</source>
            <translation>이미지의 자세한 정보를 읽는 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>Select an image to see its details.</source>
            <translation>이미지를 선택하면 자세한 정보가 보입니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>Untagged image</source>
            <translation>태그 없는 이미지</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>Used by</source>
            <translation>사용하는 컨테이너</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>User</source>
            <translation>사용자</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>Working folder</source>
            <translation>작업 폴더</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>no container</source>
            <translation>컨테이너 없음</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>none (never pushed or pulled)</source>
            <translation>없음 (push나 pull을 한 적 없음)</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_details.py" />
            <source>none (untagged)</source>
            <translation>없음 (태그 없음)</translation>
        </message>
    </context>
    <context>
        <name>ImageReference</name>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>An image name can contain only one @, before its digest.</source>
            <translation>이미지 이름에는 다이제스트 앞에 @가 하나만 올 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>An image name can contain only one colon after its last slash, before the tag.</source>
            <translation>이미지 이름에는 마지막 슬래시 뒤, 태그 앞에 콜론(:)이 하나만 올 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>An image name cannot contain spaces.</source>
            <translation>이미지 이름에는 공백을 넣을 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>Each part of a repository name must start and end with a letter or a digit: {part}.</source>
            <translation>저장소 이름의 각 부분은 영문자나 숫자로 시작하고 끝나야 합니다: {part}.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>Leave out {scheme} and write {suggestion}.</source>
            <translation>{scheme}을(를) 빼고 {suggestion}(이)라고 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>Leave out {scheme}: an image name does not start with a scheme.</source>
            <translation>{scheme}을(를) 빼세요. 이미지 이름은 스킴으로 시작하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>Repository names must be lowercase: write {suggestion}.</source>
            <translation>저장소 이름은 소문자여야 합니다: {suggestion}(이)라고 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>The character {character} is not allowed in a repository name: use lowercase letters, digits, and . _ - between them.</source>
            <translation>저장소 이름에는 {character} 문자를 쓸 수 없습니다. 소문자, 숫자를 쓰고 그 사이에 . _ -를 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>The digest algorithm {algorithm} is not supported; use sha256.</source>
            <translation>다이제스트 알고리즘 {algorithm}은(는) 지원하지 않습니다. sha256을 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>The digest must be {algorithm}: followed by {length} hexadecimal characters (0-9 and lowercase a-f).</source>
            <translation>다이제스트는 {algorithm}: 뒤에 16진수 문자(0-9, 소문자 a-f) {length}개가 와야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>The image name before the @ is missing.</source>
            <translation>@ 앞에 이미지 이름이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>The image name before the tag is missing.</source>
            <translation>태그 앞에 이미지 이름이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>The name has an empty part: check for a slash at the start or end, or two slashes in a row.</source>
            <translation>이름에 빈 부분이 있습니다. 맨 앞이나 맨 뒤의 슬래시, 또는 연속된 슬래시 두 개가 없는지 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>The name part {part} has an invalid separator: between letters and digits use one ., one or two _, or dashes.</source>
            <translation>이름 부분 {part}의 구분 문자가 올바르지 않습니다. 영문자와 숫자 사이에는 . 하나, _ 한두 개, 또는 대시(-)를 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>The registry port must be a number, as in localhost:5000/name.</source>
            <translation>레지스트리 포트는 localhost:5000/name처럼 숫자여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>The repository name is {length} characters long; at most {maximum} are allowed.</source>
            <translation>저장소 이름이 {length}자입니다. 최대 {maximum}자까지 쓸 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>The tag after the colon is empty. Leave out the colon to use latest.</source>
            <translation>콜론 뒤의 태그가 비어 있습니다. latest를 쓰려면 콜론을 빼세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>The tag is {length} characters long; at most {maximum} are allowed.</source>
            <translation>태그가 {length}자입니다. 최대 {maximum}자까지 쓸 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>The tag {tag} is not valid: a tag contains only letters, digits, _, . and -, and cannot start with . or -.</source>
            <translation>태그 {tag}은(는) 올바르지 않습니다. 태그에는 영문자, 숫자, _, ., -만 쓸 수 있고, . 이나 -로 시작할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>This is an image ID, not a name. Type the image's name, for example busybox.</source>
            <translation>이것은 이름이 아니라 이미지 ID입니다. busybox처럼 이미지 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>Type an image name, for example busybox or nginx:1.25.</source>
            <translation>busybox나 nginx:1.25처럼 이미지 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/reference.py" />
            <source>{host} is not a valid registry host: use letters, digits, dots and dashes, or an IPv6 address in brackets.</source>
            <translation>{host}은(는) 올바른 레지스트리 호스트가 아닙니다. 영문자, 숫자, 점, 대시를 쓰거나 대괄호로 묶은 IPv6 주소를 쓰세요.</translation>
        </message>
    </context>
    <context>
        <name>Images</name>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Add {registry} to Docker's insecure registries, or give the registry a TLS certificate.</source>
            <translation>{registry}을(를) Docker의 insecure-registries에 추가하거나, 레지스트리에 TLS 인증서를 설정하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Berth couldn't write Docker's configuration file {path}.</source>
            <translation>Berth가 Docker 설정 파일 {path}에 쓰지 못했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Check that the helper is installed and unlocked, or remove it from {path}.</source>
            <translation>도우미가 설치되어 있고 잠금 해제되어 있는지 확인하거나, {path}에서 도우미 설정을 지우세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Check that you may write to that folder.</source>
            <translation>그 폴더에 쓸 권한이 있는지 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Check the digest, or pull the image by its tag instead.</source>
            <translation>다이제스트를 확인하거나, 대신 태그로 이미지를 가져오세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Check the name and the tag.</source>
            <translation>이름과 태그를 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Check the registry's address and the network connection, then try again.</source>
            <translation>레지스트리 주소와 네트워크 연결을 확인한 다음 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Check the registry's address and the network connection.</source>
            <translation>레지스트리 주소와 네트워크 연결을 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Check the spelling of the name.</source>
            <translation>이름의 철자를 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Check the spelling of the name. If the image is private, log in to {registry} first.</source>
            <translation>이름의 철자를 확인하세요. 비공개 이미지라면 먼저 {registry}에 로그인하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Check them and try again.</source>
            <translation>확인한 다음 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Docker couldn't pull {reference}: {message}</source>
            <translation>Docker가 {reference}을(를) 가져오지 못했습니다: {message}</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Docker couldn't reach Docker Hub.</source>
            <translation>Docker가 Docker Hub에 연결하지 못했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Docker couldn't reach the registry {registry}.</source>
            <translation>Docker가 레지스트리 {registry}에 연결하지 못했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Docker couldn't verify the TLS certificate of the registry {registry}.</source>
            <translation>Docker가 레지스트리 {registry}의 TLS 인증서를 확인하지 못했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Docker's configuration names the credential helper docker-credential-{helper}, but it is not installed.</source>
            <translation>Docker 설정에 자격 증명 도우미 docker-credential-{helper}이(가) 지정되어 있지만, 설치되어 있지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Docker's credential helper docker-credential-{helper} failed while looking up {registry}.</source>
            <translation>Docker의 자격 증명 도우미 docker-credential-{helper}이(가) {registry}을(를) 찾다가 실패했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Install it, or remove it from {path}.</source>
            <translation>도우미를 설치하거나, {path}에서 지우세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Install the registry's CA certificate for Docker, then try again.</source>
            <translation>Docker에 레지스트리의 CA 인증서를 설치한 다음 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Log in to {registry} to raise the limit, or try again in a few hours.</source>
            <translation>{registry}에 로그인해 한도를 늘리거나, 몇 시간 뒤에 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Log in to {registry}, then pull again.</source>
            <translation>{registry}에 로그인한 다음 다시 가져오세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Logging in to {registry} failed: {message}</source>
            <translation>{registry}에 로그인하지 못했습니다: {message}</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Look for another tag of the image that supports it.</source>
            <translation>이 환경을 지원하는 이미지의 다른 태그를 찾아보세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Other images are built on {image}, so it cannot be deleted.</source>
            <translation>다른 이미지가 {image}을(를) 바탕으로 만들어져 있어 삭제할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Remove the container first, or remove the image again and force it.</source>
            <translation>먼저 컨테이너를 삭제하거나, 이미지를 다시 강제로 삭제하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Remove the images built on it first.</source>
            <translation>이 이미지를 바탕으로 만든 이미지를 먼저 삭제하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Stop or remove the container first.</source>
            <translation>먼저 컨테이너를 중지하거나 삭제하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Tags it has include: {tags}.</source>
            <translation>있는 태그: {tags}.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>The credential helper docker-credential-{helper} could not save the log-in.</source>
            <translation>자격 증명 도우미 docker-credential-{helper}이(가) 로그인 정보를 저장하지 못했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>The image {name} has no tag {tag} on {registry}.</source>
            <translation>{registry}의 이미지 {name}에는 태그 {tag}이(가) 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>The image {name} has no version for this computer's kind of processor and system.</source>
            <translation>이미지 {name}에는 이 컴퓨터의 프로세서와 운영체제에 맞는 버전이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>The image {name} was not found on {registry}, or it is private.</source>
            <translation>{registry}에서 이미지 {name}을(를) 찾지 못했거나, 비공개 이미지입니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>The image {reference} was not found on {registry}.</source>
            <translation>{registry}에서 이미지 {reference}을(를) 찾지 못했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>The pull of {reference} was cancelled.</source>
            <translation>{reference} 가져오기를 취소했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>The registry {registry} answers only over plain HTTP, and Docker uses HTTPS for it.</source>
            <translation>레지스트리 {registry}은(는) 암호화되지 않은 HTTP로만 응답하는데, Docker는 HTTPS로 접속합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>The repository exists, but has no tags yet.</source>
            <translation>저장소는 있지만 아직 태그가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>There is no image called {name} on {registry}.</source>
            <translation>{registry}에 {name}(이)라는 이미지가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Try again.</source>
            <translation>다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Try again. If it keeps happening, the image in the registry is damaged.</source>
            <translation>다시 시도하세요. 계속 이런다면 레지스트리에 있는 이미지가 손상된 것입니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Type a registry address such as registry.example.com or 127.0.0.1:5000, or leave it empty for Docker Hub.</source>
            <translation>registry.example.com이나 127.0.0.1:5000 같은 레지스트리 주소를 입력하세요. Docker Hub를 쓰려면 비워 두세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>Unlock your keyring or credential store, then try again.</source>
            <translation>키링이나 자격 증명 저장소의 잠금을 푼 다음 다시 시도하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>What {registry} sent for {name} did not match its digest, so Docker threw it away.</source>
            <translation>{registry}이(가) 보낸 {name}이(가) 다이제스트와 맞지 않아 Docker가 버렸습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>{image} is no longer on this computer.</source>
            <translation>{image}은(는) 더 이상 이 컴퓨터에 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>{image} is used by a container that was created in the meantime.</source>
            <translation>그 사이에 만들어진 컨테이너가 {image}을(를) 쓰고 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>{image} is used by a running container.</source>
            <translation>실행 중인 컨테이너가 {image}을(를) 쓰고 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>{registry} did not accept this user name and password.</source>
            <translation>{registry}이(가) 이 사용자 이름과 비밀번호를 받아들이지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>{registry} has limited how many images can be pulled from this address for now.</source>
            <translation>{registry}이(가) 지금 이 주소에서 가져올 수 있는 이미지 수를 제한했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>{registry} has no version of {name} with the digest {digest}.</source>
            <translation>{registry}에는 다이제스트가 {digest}인 {name} 버전이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/images.py" />
            <source>{registry} wants you to log in before it lets Docker pull {name}.</source>
            <translation>{registry}에서 {name}을(를) 가져오려면 먼저 로그인해야 합니다.</translation>
        </message>
    </context>
    <context>
        <name>ImagesModel</name>
        <message>
            <location filename="../../gui/models/images.py" />
            <source>Created</source>
            <translation>생성</translation>
        </message>
        <message>
            <location filename="../../gui/models/images.py" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../gui/models/images.py" />
            <source>In use</source>
            <translation>사용 중</translation>
        </message>
        <message>
            <location filename="../../gui/models/images.py" />
            <source>No container uses this image</source>
            <translation>이 이미지를 쓰는 컨테이너가 없습니다</translation>
        </message>
        <message>
            <location filename="../../gui/models/images.py" />
            <source>Repository</source>
            <translation>저장소</translation>
        </message>
        <message>
            <location filename="../../gui/models/images.py" />
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <location filename="../../gui/models/images.py" />
            <source>Tag</source>
            <translation>태그</translation>
        </message>
        <message>
            <location filename="../../gui/models/images.py" />
            <source>Used by %1 containers</source>
            <translation>컨테이너 %1개가 사용 중</translation>
        </message>
        <message>
            <location filename="../../gui/models/images.py" />
            <source>Used by 1 container</source>
            <translation>컨테이너 1개가 사용 중</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>&amp;Filter</source>
            <translation>필터(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>&amp;Filter the List</source>
            <translation>목록 필터(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>Filter the list of containers</source>
            <translation>컨테이너 목록을 필터링합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>Filter the list of images</source>
            <translation>이미지 목록을 필터링합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>Type to narrow the list down</source>
            <translation>입력해서 목록을 좁힙니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>Type to narrow the list down (%1)</source>
            <translation>입력해서 목록을 좁힙니다 (%1)</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>&amp;Language</source>
            <translation>언어(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>A new language applies when Berth restarts</source>
            <translation>바꾼 언어는 Berth를 다시 시작하면 적용됩니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>Berth will use %1 from its next start.</source>
            <translation>Berth를 다음에 시작하면 언어가 바뀝니다: %1</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>Later</source>
            <translation>나중에</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>Restart Now</source>
            <translation>지금 다시 시작</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>System Default (%1)</source>
            <translation>시스템 기본값 (%1)</translation>
        </message>
        <message>
            <location filename="../../gui/views/guidance.py" />
            <source>The language of Berth's windows</source>
            <translation>Berth 화면에 쓰는 언어</translation>
        </message>
    </context>
    <context>
        <name>LogModel</name>
        <message>
            <location filename="../../gui/models/logs.py" />
            <source>Written to standard error (stderr)</source>
            <translation>표준 오류(stderr)로 출력됨</translation>
        </message>
        <message>
            <location filename="../../gui/models/logs.py" />
            <source>stderr: %1</source>
            <translation>stderr: %1</translation>
        </message>
        <message>
            <location filename="../../gui/models/logs.py" />
            <source>… (%1 more characters: double-click the line to see all of it)</source>
            <translation>… (%1자 더 있음: 줄을 더블클릭하면 전부 볼 수 있습니다)</translation>
        </message>
    </context>
    <context>
        <name>LogStream</name>
        <message>
            <location filename="../../gui/backend/logstream.py" />
            <source>The engine reported an error while sending the log: {message}</source>
            <translation>엔진이 로그를 보내다가 오류를 알렸습니다: {message}</translation>
        </message>
        <message>
            <location filename="../../gui/backend/logstream.py" />
            <source>The engine's response is garbled: its chunked transfer coding is broken.</source>
            <translation>엔진의 응답이 깨졌습니다: 청크 전송 인코딩이 잘못되었습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/logstream.py" />
            <source>The log stream is garbled: expected a stdout or stderr frame at byte {offset}, found {found}.</source>
            <translation>로그 스트림이 깨졌습니다: {offset}번째 바이트에 stdout 또는 stderr 프레임이 있어야 하는데 {found}이(가) 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>LogViewer</name>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>%1 cleared from view</source>
            <translation>화면에서 %1 지움</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>%1 lines</source>
            <translation>%1줄</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>%1 lines · %2 stdout · %3 stderr</source>
            <translation>%1줄 · stdout %2 · stderr %3</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>.*</source>
            <translation>.*</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Aa</source>
            <translation>Aa</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Clear</source>
            <translation>지우기</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Clear View</source>
            <translation>화면 지우기</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Clear the view; new lines keep coming, and Save still writes the whole log</source>
            <translation>화면을 지웁니다. 새 줄은 계속 들어오고, 저장하면 여전히 전체 로그가 저장됩니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Connecting…</source>
            <translation>연결하는 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Copy the selected lines (Ctrl+C)</source>
            <translation>선택한 줄을 복사합니다 (Ctrl+C)</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Couldn't save the log</source>
            <translation>로그를 저장하지 못했습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Find</source>
            <translation>찾기</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Find in log</source>
            <translation>로그에서 찾기</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Find in log (Ctrl+F)</source>
            <translation>로그에서 찾기 (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Follow</source>
            <translation>따라가기</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Follow the newest lines again (End)</source>
            <translation>다시 최신 줄을 따라갑니다 (End)</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Following</source>
            <translation>따라가는 중</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Invalid pattern</source>
            <translation>잘못된 패턴</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Jump to latest</source>
            <translation>최신 줄로 이동</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Jump to latest (%1 new)</source>
            <translation>최신 줄로 이동 (새 줄 %1개)</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Keep showing the newest lines as they arrive (End)</source>
            <translation>새 줄이 들어오는 대로 계속 보여 줍니다 (End)</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Last 5 minutes</source>
            <translation>최근 5분</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Last hour</source>
            <translation>최근 1시간</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Lines that match the search</source>
            <translation>검색과 일치하는 줄</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Live (follow paused)</source>
            <translation>실시간 (따라가기 멈춤)</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Log files (*.log *.txt);;All files (*)</source>
            <translation>로그 파일 (*.log *.txt);;모든 파일 (*)</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Log of %1</source>
            <translation>%1의 로그</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Match case</source>
            <translation>대소문자 구분</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Next match</source>
            <translation>다음 찾기</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Next match (F3)</source>
            <translation>다음 찾기 (F3)</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>No match</source>
            <translation>일치 항목 없음</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Only matching</source>
            <translation>일치하는 줄만</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Previous match</source>
            <translation>이전 찾기</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Previous match (Shift+F3)</source>
            <translation>이전 찾기 (Shift+F3)</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Reading the log…</source>
            <translation>로그를 읽는 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Reconnecting in %1 s: %2</source>
            <translation>%1초 뒤 다시 연결: %2</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Regular expression</source>
            <translation>정규식</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Save Log</source>
            <translation>로그 저장</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Save the whole log to a file, as 'docker logs' prints it</source>
            <translation>'docker logs'가 출력하는 그대로 전체 로그를 파일로 저장합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Saved %1 lines to %2</source>
            <translation>%2에 %1줄을 저장했습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Save…</source>
            <translation>저장…</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Saving to %1…</source>
            <translation>%1에 저장하는 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Searching…</source>
            <translation>찾는 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Select All</source>
            <translation>모두 선택</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Show Whole Line…</source>
            <translation>줄 전체 보기…</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Show lines since</source>
            <translation>이때부터 보기</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Show only the lines that match the search</source>
            <translation>검색과 일치하는 줄만 보여 줍니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Show the time Docker recorded for each line</source>
            <translation>Docker가 줄마다 기록한 시각을 보여 줍니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Since last start</source>
            <translation>마지막 시작 이후</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>The container is not running (exit code %1); the log is complete</source>
            <translation>컨테이너가 실행 중이 아닙니다 (종료 코드 %1). 로그가 모두 표시되었습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>The container is not running; the log is complete</source>
            <translation>컨테이너가 실행 중이 아닙니다. 로그가 모두 표시되었습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>The container was removed</source>
            <translation>컨테이너가 삭제되었습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>The log stream failed</source>
            <translation>로그 스트림이 실패했습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>This regular expression is not valid: %1</source>
            <translation>올바른 정규식이 아닙니다: %1</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Timestamps</source>
            <translation>시각 표시</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Which part of the log to show</source>
            <translation>로그에서 보여 줄 부분</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Whole log</source>
            <translation>전체 로그</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Wrap</source>
            <translation>줄 바꿈</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Wrap long lines</source>
            <translation>긴 줄을 바꿈</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>↑</source>
            <translation>↑</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>↓</source>
            <translation>↓</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>■ The container stopped at %1 (exit code %2)</source>
            <translation>■ %1에 컨테이너가 멈췄습니다 (종료 코드 %2)</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>▶ The container started at %1</source>
            <translation>▶ %1에 컨테이너가 시작되었습니다</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>&amp;Log In</source>
            <translation>로그인(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>&amp;Password:</source>
            <translation>비밀번호(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>&amp;Registry:</source>
            <translation>레지스트리(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>&amp;User name:</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>Checking with %1…</source>
            <translation>%1에 확인하는 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>Docker Hub (leave empty), or registry.example.com:5000</source>
            <translation>Docker Hub(비워 두기), 또는 registry.example.com:5000</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>Docker keeps this log-in with its credential helper docker-credential-%1, as docker login does.</source>
            <translation>docker login과 마찬가지로, Docker가 이 로그인 정보를 자격 증명 도우미 docker-credential-%1에 보관합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>Docker's configuration file keeps the password only base64-encoded, not encrypted: anyone who can read the file can read the password. A credential helper (credsStore) keeps it safer.</source>
            <translation>Docker 설정 파일은 비밀번호를 암호화하지 않고 base64로만 인코딩해 보관합니다. 파일을 읽을 수 있는 사람은 누구나 비밀번호를 알 수 있습니다. 자격 증명 도우미(credsStore)를 쓰면 더 안전합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>Log In to a Registry</source>
            <translation>레지스트리에 로그인</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>Password</source>
            <translation>비밀번호</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>Registry</source>
            <translation>레지스트리</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>Remember it only until Berth closes</source>
            <translation>Berth를 닫을 때까지만 기억</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>Save it in Docker's configuration file (%1)</source>
            <translation>Docker 설정 파일(%1)에 저장</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>Type your password or access token.</source>
            <translation>비밀번호나 액세스 토큰을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>Type your user name.</source>
            <translation>사용자 이름을 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>User name</source>
            <translation>사용자 이름</translation>
        </message>
        <message>
            <location filename="../../gui/views/login_dialog.py" />
            <source>password or access token</source>
            <translation>비밀번호 또는 액세스 토큰</translation>
        </message>
    </context>
    <context>
        <name>Logs</name>
        <message>
            <location filename="../../gui/backend/logs.py" />
            <source>It was removed; there is no more log to show.</source>
            <translation>삭제되었으므로 더 보여 줄 로그가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/logs.py" />
            <source>The container {name} no longer exists.</source>
            <translation>컨테이너 {name}은(는) 더 이상 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>LogsDock</name>
        <message>
            <location filename="../../gui/views/log_viewer.py" />
            <source>Logs</source>
            <translation>로그</translation>
        </message>
    </context>
    <context>
        <name>LogsFeature</name>
        <message>
            <location filename="../../gui/views/log_actions.py" />
            <source>&amp;Logs</source>
            <translation>로그(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_actions.py" />
            <source>Logs &amp;Panel</source>
            <translation>로그 패널(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/views/log_actions.py" />
            <source>Show the log of the selected container</source>
            <translation>선택한 컨테이너의 로그를 봅니다</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>%1 — unavailable: Berth can't reach Docker</source>
            <translation>%1 — 사용할 수 없음: Berth가 Docker에 연결할 수 없습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>&amp;About Berth</source>
            <translation>Berth 정보(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>&amp;Containers</source>
            <translation>컨테이너(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>&amp;Images</source>
            <translation>이미지(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>&amp;Refresh</source>
            <translation>새로 고침(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>&lt;b&gt;Berth %1&lt;/b&gt;&lt;br&gt;A desktop app for Docker.&lt;br&gt;&lt;br&gt;%2</source>
            <translation>&lt;b&gt;Berth %1&lt;/b&gt;&lt;br&gt;Docker를 위한 데스크톱 앱입니다.&lt;br&gt;&lt;br&gt;%2</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>About Berth</source>
            <translation>Berth 정보</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Berth can't reach Docker at %1: %2 %3</source>
            <translation>Berth가 %1의 Docker에 연결할 수 없습니다: %2 %3</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Berth couldn't read %1 from Docker: %2</source>
            <translation>Berth가 Docker에서 %1을(를) 읽지 못했습니다: %2</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Berth talks to Docker at %1 without TLS. Anyone who can reach that address can control this engine. Set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to use TLS.</source>
            <translation>Berth가 TLS 없이 %1의 Docker와 통신하고 있습니다. 그 주소에 접속할 수 있는 누구나 이 엔진을 조종할 수 있습니다. TLS를 쓰려면 DOCKER_TLS_VERIFY=1과 DOCKER_CERT_PATH를 설정하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Close Berth</source>
            <translation>Berth를 닫습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Connecting to Docker at %1…</source>
            <translation>%1의 Docker에 연결하는 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Containers</source>
            <translation>컨테이너</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Docker %1 (API %2) at %3</source>
            <translation>%3의 Docker %1 (API %2)</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Docker %1 (API %2) · %3 · %4</source>
            <translation>Docker %1 (API %2) · %3 · %4</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Docker unreachable · retrying in %1 s</source>
            <translation>Docker에 연결할 수 없음 · %1초 뒤 다시 시도</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Filter containers by name, image, state, port…</source>
            <translation>이름, 이미지, 상태, 포트로 컨테이너 필터링…</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Filter images by repository, tag, ID…</source>
            <translation>저장소, 태그, ID로 이미지 필터링…</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Images</source>
            <translation>이미지</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Main toolbar</source>
            <translation>기본 도구 모음</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Not connected to Docker.</source>
            <translation>Docker에 연결되어 있지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Read the lists again from Docker</source>
            <translation>Docker에서 목록을 다시 읽어 옵니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Start Docker, then press Retry.</source>
            <translation>Docker를 시작한 다음 [다시 시도]를 누르세요.</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>Version and engine information</source>
            <translation>버전과 엔진 정보</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>the list of containers</source>
            <translation>컨테이너 목록</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>the list of images</source>
            <translation>이미지 목록</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>unknown reason</source>
            <translation>알 수 없는 이유</translation>
        </message>
        <message>
            <location filename="../../gui/views/main_window.py" />
            <source>⚠ Not encrypted</source>
            <translation>⚠ 암호화되지 않음</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>%1 ago</source>
            <translation>%1 전</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>%1 days</source>
            <translation>%1일</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>%1 hours</source>
            <translation>%1시간</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>%1 minutes</source>
            <translation>%1분</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>%1 months</source>
            <translation>%1개월</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>%1 seconds</source>
            <translation>%1초</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>%1 weeks</source>
            <translation>%1주</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>%1 years</source>
            <translation>%1년</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>1 second</source>
            <translation>1초</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>About a minute</source>
            <translation>약 1분</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>About an hour</source>
            <translation>약 1시간</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>Created</source>
            <translation>생성됨</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>Dead</source>
            <translation>비정상(dead)</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>Exited</source>
            <translation>종료됨</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>Less than a second</source>
            <translation>1초 미만</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>Paused</source>
            <translation>일시 정지됨</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>Removing</source>
            <translation>삭제 중</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>Restarting</source>
            <translation>다시 시작하는 중</translation>
        </message>
        <message>
            <location filename="../../gui/presentation.py" />
            <source>Running</source>
            <translation>실행 중</translation>
        </message>
    </context>
    <context>
        <name>PruneImagesDialog</name>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>%1 (and %2 more)</source>
            <translation>%1 (외 %2개)</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>%1 bytes</source>
            <translation>%1바이트</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>%1 images would be removed, freeing %2.</source>
            <translation>이미지 %1개가 삭제되어 %2가 확보됩니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>&amp;Remove</source>
            <translation>삭제(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>1 image would be removed, freeing %2.</source>
            <translation>이미지 1개가 삭제되어 %2가 확보됩니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>Also remove tagged images that no container uses (docker image prune -a)</source>
            <translation>어떤 컨테이너도 쓰지 않는 태그 있는 이미지도 삭제 (docker image prune -a)</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>Created</source>
            <translation>생성</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>Image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>Images share layers, so the space freed can be less than the sum of their sizes.</source>
            <translation>이미지끼리 레이어를 공유하므로, 확보되는 공간이 크기의 합보다 작을 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>Nothing to remove: every image is in use.</source>
            <translation>삭제할 것이 없습니다: 모든 이미지가 사용 중입니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>Nothing to remove: every image is tagged or in use.</source>
            <translation>삭제할 것이 없습니다: 모든 이미지에 태그가 있거나 사용 중입니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>Remove Unused Images</source>
            <translation>사용하지 않는 이미지 삭제</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>Removes untagged images (shown as &lt;none&gt;) that no container uses, as docker image prune does.</source>
            <translation>docker image prune처럼, 어떤 컨테이너도 쓰지 않는 태그 없는 이미지(&lt;none&gt;으로 표시)를 삭제합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_prune.py" />
            <source>Working out what would be removed…</source>
            <translation>삭제될 항목을 계산하는 중…</translation>
        </message>
    </context>
    <context>
        <name>PullDialog</name>
        <message>
            <location filename="../../gui/views/pull_dialog.py" />
            <source>&amp;Image:</source>
            <translation>이미지(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_dialog.py" />
            <source>&amp;Pull</source>
            <translation>가져오기(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_dialog.py" />
            <source>Docker pulls %1 from %2.</source>
            <translation>Docker가 %2에서 %1을(를) 가져옵니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_dialog.py" />
            <source>Download an image from Docker Hub or another registry.</source>
            <translation>Docker Hub나 다른 레지스트리에서 이미지를 내려받습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_dialog.py" />
            <source>Image to pull</source>
            <translation>가져올 이미지</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_dialog.py" />
            <source>No tag given: Docker pulls %1, the tag %2, from %3.</source>
            <translation>태그를 지정하지 않았습니다: Docker가 %3에서 %1(태그 %2)을(를) 가져옵니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_dialog.py" />
            <source>Pull an Image</source>
            <translation>이미지 가져오기</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_dialog.py" />
            <source>With no tag, Docker pulls the tag %1.</source>
            <translation>태그가 없으면 Docker는 태그 %1을(를) 가져옵니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_dialog.py" />
            <source>for example nginx:1.25, or registry.example.com:5000/team/app</source>
            <translation>예: nginx:1.25 또는 registry.example.com:5000/team/app</translation>
        </message>
    </context>
    <context>
        <name>PullEntryWidget</name>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>%1 left</source>
            <translation>%1 남음</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>%1 of at least %2</source>
            <translation>%1 / 최소 %2</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>All layers are already on this computer.</source>
            <translation>모든 레이어가 이미 이 컴퓨터에 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>All layers were already on this computer.</source>
            <translation>모든 레이어가 이미 이 컴퓨터에 있었습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Already exists</source>
            <translation>이미 있음</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Already up to date.</source>
            <translation>이미 최신입니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Asking %1 for the image…</source>
            <translation>%1에 이미지를 요청하는 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Cancelled</source>
            <translation>취소됨</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Downloaded</source>
            <translation>내려받음</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Downloaded %1 in %2.</source>
            <translation>%2 동안 %1을(를) 내려받았습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Downloading</source>
            <translation>내려받는 중</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Extracting</source>
            <translation>압축 푸는 중</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Image ID %1.</source>
            <translation>이미지 ID %1.</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Layers</source>
            <translation>레이어</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Log In…</source>
            <translation>로그인…</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Log in to %1, then pull again</source>
            <translation>%1에 로그인한 다음 다시 가져오기</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Progress of %1</source>
            <translation>%1 진행 상황</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Pull complete</source>
            <translation>가져오기 완료</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Pull this image again</source>
            <translation>이 이미지를 다시 가져옵니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Pulled</source>
            <translation>가져옴</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Pulling…</source>
            <translation>가져오는 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Remove from the list</source>
            <translation>목록에서 지우기</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Remove this pull from the list</source>
            <translation>이 가져오기를 목록에서 지웁니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Show or hide the layers of this pull</source>
            <translation>이 가져오기의 레이어를 보이거나 숨깁니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Stop this pull</source>
            <translation>이 가져오기를 멈춥니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>The pull failed.</source>
            <translation>가져오기에 실패했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>The pull was cancelled; nothing was added.</source>
            <translation>가져오기를 취소했습니다. 아무것도 추가되지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>The registry Docker is pulling from</source>
            <translation>Docker가 이미지를 가져오고 있는 레지스트리</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Try Again</source>
            <translation>다시 시도</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Verifying</source>
            <translation>확인하는 중</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Waiting</source>
            <translation>기다리는 중</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>estimating time left…</source>
            <translation>남은 시간 계산 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>extracting…</source>
            <translation>압축 푸는 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>from %1</source>
            <translation>%1에서</translation>
        </message>
    </context>
    <context>
        <name>PullPanel</name>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>%1 finished</source>
            <translation>%1개 끝남</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>%1 h %2 min</source>
            <translation>%1시간 %2분</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>%1 min %2 s</source>
            <translation>%1분 %2초</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>%1 running</source>
            <translation>%1개 진행 중</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>%1 running, %2 finished</source>
            <translation>%1개 진행 중, %2개 끝남</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>%1 s</source>
            <translation>%1초</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Clear Finished</source>
            <translation>끝난 항목 지우기</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>No pulls yet. Pull an image (Ctrl+P) and its progress shows here.</source>
            <translation>아직 가져오기가 없습니다. 이미지를 가져오면(Ctrl+P) 여기에 진행 상황이 보입니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Pulls</source>
            <translation>가져오기</translation>
        </message>
        <message>
            <location filename="../../gui/views/pull_panel.py" />
            <source>Remove finished pulls from this list</source>
            <translation>끝난 가져오기를 이 목록에서 지웁니다</translation>
        </message>
    </context>
    <context>
        <name>RemoveImagesDialog</name>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>%1 and %2 more</source>
            <translation>%1 외 %2개</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>&amp;Force Remove</source>
            <translation>강제 삭제(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>&amp;Remove</source>
            <translation>삭제(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>Already gone</source>
            <translation>이미 없음</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>An image with several names is only untagged: removing one of its names leaves the image and its other names.</source>
            <translation>이름이 여러 개인 이미지는 태그만 떼어집니다. 이름 하나를 지워도 이미지와 다른 이름은 그대로 남습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>Deleted</source>
            <translation>삭제됨</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>Deleted if forced: %1 uses it</source>
            <translation>강제하면 삭제됨: %1이(가) 쓰고 있음</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>Docker refuses to remove an image that a running container uses, even when forced. Stop or remove the container %1 first; until then its image stays as it is.</source>
            <translation>Docker는 실행 중인 컨테이너가 쓰는 이미지는 강제로도 삭제하지 않습니다. 먼저 컨테이너 %1을(를) 중지하거나 삭제하세요. 그때까지 이미지는 그대로 남습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>Docker refuses to remove an image that a running container uses, even when forced. Stop or remove the containers %1 first; until then their images stay as they are.</source>
            <translation>Docker는 실행 중인 컨테이너가 쓰는 이미지는 강제로도 삭제하지 않습니다. 먼저 컨테이너 %1을(를) 중지하거나 삭제하세요. 그때까지 이미지는 그대로 남습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>Image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>Kept: the running container %1 uses it</source>
            <translation>남김: 실행 중인 컨테이너 %1이(가) 쓰고 있음</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>Nothing can be removed now:</source>
            <translation>지금은 아무것도 삭제할 수 없습니다:</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>Remove %1?</source>
            <translation>%1을(를) 삭제할까요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>Remove Image</source>
            <translation>이미지 삭제</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>Remove Images</source>
            <translation>이미지 삭제</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>Remove these %1 images?</source>
            <translation>이 이미지 %1개를 삭제할까요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>The container %1 still uses its image, though it is stopped. Force Remove removes the image anyway: the container stays, and shows the image's ID instead of its name.</source>
            <translation>컨테이너 %1은(는) 멈춰 있지만 여전히 이 이미지를 쓰고 있습니다. [강제 삭제]를 누르면 그래도 이미지를 삭제합니다. 컨테이너는 남고, 이미지 이름 대신 이미지 ID로 표시됩니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>The containers %1 still use their images, though they are stopped. Force Remove removes the images anyway: the containers stay, and show the image's ID instead of its name.</source>
            <translation>컨테이너 %1은(는) 멈춰 있지만 여전히 이미지를 쓰고 있습니다. [강제 삭제]를 누르면 그래도 이미지를 삭제합니다. 컨테이너는 남고, 이미지 이름 대신 이미지 ID로 표시됩니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>This image can't be removed now.</source>
            <translation>이 이미지는 지금 삭제할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>Untagged only: %1 other images are built on it</source>
            <translation>태그만 뗌: 다른 이미지 %1개가 이 이미지를 바탕으로 만들어짐</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>Untagged only: the image keeps %1</source>
            <translation>태그만 뗌: 이미지에 %1이(가) 남음</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>What happens</source>
            <translation>결과</translation>
        </message>
        <message>
            <location filename="../../gui/views/image_remove.py" />
            <source>used by %1</source>
            <translation>%1이(가) 사용 중</translation>
        </message>
    </context>
    <context>
        <name>RunDialog</name>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source># Some fields are not complete yet; fix the ones marked in red.</source>
            <translation># 아직 다 채우지 않은 칸이 있습니다. 빨간색으로 표시된 칸을 고치세요.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>&amp;Command:</source>
            <translation>명령(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>&amp;Image:</source>
            <translation>이미지(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>&amp;Name:</source>
            <translation>이름(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>&amp;Restart:</source>
            <translation>재시작(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Add Folder…</source>
            <translation>폴더 추가…</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Add Port</source>
            <translation>포트 추가</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Add Variable</source>
            <translation>변수 추가</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Add Volume</source>
            <translation>볼륨 추가</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Add capabilities</source>
            <translation>추가할 권한(capability)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Add the ports this image listens on to the table</source>
            <translation>이 이미지가 사용하는 포트를 표에 추가합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Advanced options</source>
            <translation>고급 옵션</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Advanced options (%1 to fix)</source>
            <translation>고급 옵션 (고칠 것 %1개)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Always (always)</source>
            <translation>항상 (always)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Berth could not create %1: %2</source>
            <translation>Berth가 %1을(를) 만들지 못했습니다: %2</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Berth created the container %1, but it did not start: %2</source>
            <translation>Berth가 컨테이너 %1을(를) 만들었지만 시작되지 않았습니다: %2</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>CPUs</source>
            <translation>CPU 수</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Checking…</source>
            <translation>확인하는 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Choose a Folder to Share</source>
            <translation>공유할 폴더 선택</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Choose…</source>
            <translation>선택…</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Command and arguments</source>
            <translation>명령과 인수</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Command copied.</source>
            <translation>명령을 복사했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Container</source>
            <translation>컨테이너</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Container name</source>
            <translation>컨테이너 이름</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Container port</source>
            <translation>컨테이너 포트</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Copy the command to the clipboard</source>
            <translation>명령을 클립보드에 복사합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Create the Folder</source>
            <translation>폴더 만들기</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Create the missing folder now, owned by you</source>
            <translation>없는 폴더를 지금 만듭니다 (소유자: 나)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Creating and starting the container…</source>
            <translation>컨테이너를 만들고 시작하는 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>DNS servers</source>
            <translation>DNS 서버</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Devices</source>
            <translation>장치</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Docker's default</source>
            <translation>Docker 기본값</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Docker's default ('')</source>
            <translation>Docker 기본값 ('')</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Docker's documentation of docker run, in your browser</source>
            <translation>브라우저에서 docker run에 관한 Docker 문서를 엽니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Drop capabilities</source>
            <translation>뺄 권한(capability)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Entrypoint</source>
            <translation>엔트리포인트</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Environment variables</source>
            <translation>환경 변수</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Equivalent docker command</source>
            <translation>같은 일을 하는 docker 명령</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Extra hosts</source>
            <translation>추가 호스트</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Fill In</source>
            <translation>채우기</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Fill every field below from the pasted command</source>
            <translation>붙여 넣은 명령으로 아래의 모든 칸을 채웁니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Folder or volume name</source>
            <translation>폴더 또는 볼륨 이름</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Folder that ./ and ../ paths start from</source>
            <translation>./ 와 ../ 경로의 기준이 되는 폴더</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Folders and volumes</source>
            <translation>폴더와 볼륨</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Full access to this computer</source>
            <translation>이 컴퓨터에 대한 모든 권한</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Give it a terminal</source>
            <translation>터미널 연결</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Give the path inside the container where {source} appears.</source>
            <translation>{source}이(가) 나타날 컨테이너 안의 경로를 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Give the port inside the container (the container port).</source>
            <translation>컨테이너 안의 포트(컨테이너 포트)를 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Host address</source>
            <translation>호스트 주소</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Host name</source>
            <translation>호스트 이름</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Host port</source>
            <translation>호스트 포트</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>How many times Docker restarts a container that fails (on-failure only); 0 means no limit</source>
            <translation>실패한 컨테이너를 Docker가 몇 번까지 다시 시작할지 (on-failure일 때만). 0은 제한 없음</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Init process</source>
            <translation>init 프로세스</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Keep It</source>
            <translation>남겨 두기</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Keep standard input open</source>
            <translation>표준 입력 열어 두기</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Kept %1; it is not running.</source>
            <translation>%1을(를) 남겨 두었습니다. 실행 중은 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Kernel settings (sysctl)</source>
            <translation>커널 설정 (sysctl)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Labels</source>
            <translation>레이블</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Limits (ulimit)</source>
            <translation>자원 한도 (ulimit)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Links</source>
            <translation>링크</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Log driver</source>
            <translation>로그 드라이버</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Log options</source>
            <translation>로그 옵션</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Memory limit</source>
            <translation>메모리 한도</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Mounts</source>
            <translation>마운트</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Ne&amp;twork:</source>
            <translation>네트워크(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Network</source>
            <translation>네트워크</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Network aliases</source>
            <translation>네트워크 별칭</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Never (no)</source>
            <translation>안 함 (no)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>No (--init=false)</source>
            <translation>아니요 (--init=false)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Not on this computer yet: Berth pulls it before running.</source>
            <translation>아직 이 컴퓨터에 없습니다. 실행하기 전에 Berth가 가져옵니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Not set here: Docker leaves this variable unset</source>
            <translation>여기서 정하지 않음: Docker가 이 변수를 설정하지 않습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Off: Berth shows the container's output as it runs, as a terminal would</source>
            <translation>끄면: 터미널처럼, 컨테이너가 실행되는 동안 출력을 Berth가 보여 줍니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>On this computer.</source>
            <translation>이 컴퓨터에 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>On this computer. It listens on %1.</source>
            <translation>이 컴퓨터에 있습니다. %1 포트를 사용합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Paste a docker run command (optional)</source>
            <translation>docker run 명령 붙여 넣기 (선택)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Path in the container</source>
            <translation>컨테이너 안의 경로</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Paths such as ./site or ../data start from this folder, as they would in a terminal opened there</source>
            <translation>./site나 ../data 같은 경로는, 이 폴더에서 연 터미널에서처럼 이 폴더를 기준으로 합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Platform</source>
            <translation>플랫폼</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Ports</source>
            <translation>포트</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Protocol</source>
            <translation>프로토콜</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Publish %1</source>
            <translation>%1 공개</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Publish a port to reach the container from this computer: the host port is on this computer, the container port inside. Leave the host port empty for any free port.</source>
            <translation>이 컴퓨터에서 컨테이너에 접속하려면 포트를 공개하세요. 호스트 포트는 이 컴퓨터의 포트, 컨테이너 포트는 컨테이너 안의 포트입니다. 호스트 포트를 비워 두면 남는 포트 중 아무거나 씁니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Publish every exposed port</source>
            <translation>노출된 포트 모두 공개</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Published ports</source>
            <translation>공개할 포트</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Pull and Run</source>
            <translation>가져와서 실행</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Pull the Image?</source>
            <translation>이미지를 가져올까요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Pulling %1… %2%</source>
            <translation>%1 가져오는 중… %2%</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Pulling %1… (progress in the Pulls panel)</source>
            <translation>%1 가져오는 중… (가져오기 패널에서 진행 상황 확인)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Read-only</source>
            <translation>읽기 전용</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Read-only file system</source>
            <translation>읽기 전용 파일 시스템</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Relative Paths Start From</source>
            <translation>상대 경로의 기준 폴더</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Relative paths from:</source>
            <translation>상대 경로 기준:</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Remove</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Remove It</source>
            <translation>삭제하기</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Remove it, so that you can change the settings and run it again? Or keep it, stopped, to look at it.</source>
            <translation>삭제하고 설정을 바꿔 다시 실행할까요? 아니면 살펴볼 수 있도록 멈춘 채로 남겨 둘까요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Remove the container when it &amp;exits (--rm)</source>
            <translation>종료되면 컨테이너 삭제(&amp;E) (--rm)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Removed %1. Change the settings and run it again.</source>
            <translation>%1을(를) 삭제했습니다. 설정을 바꿔 다시 실행하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Removing %1…</source>
            <translation>%1 삭제하는 중…</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Restart policy</source>
            <translation>재시작 정책</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Row %1: %2</source>
            <translation>%1행: %2</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Run</source>
            <translation>실행</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Run a Container</source>
            <translation>컨테이너 실행</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Run in the &amp;background (-d)</source>
            <translation>백그라운드에서 실행(&amp;B) (-d)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Run the command without the image's entrypoint (--entrypoint '')</source>
            <translation>이미지의 엔트리포인트 없이 명령 실행 (--entrypoint '')</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Security options</source>
            <translation>보안 옵션</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Share a folder of this computer with the container, or keep data in a named volume. Leave the source empty for an anonymous volume.</source>
            <translation>이 컴퓨터의 폴더를 컨테이너와 공유하거나, 이름 있는 볼륨에 데이터를 보관합니다. 원본을 비워 두면 익명 볼륨이 됩니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Shared memory size</source>
            <translation>공유 메모리 크기</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Started %1.</source>
            <translation>%1을(를) 시작했습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Stop timeout</source>
            <translation>중지 대기 시간</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Stop timeout in seconds</source>
            <translation>중지 대기 시간(초)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Temporary file systems</source>
            <translation>임시 파일 시스템</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>The Container Did Not Start</source>
            <translation>컨테이너가 시작되지 않았습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>The command and its arguments, as you would type them after the image: httpd -f -p 80</source>
            <translation>터미널에서 이미지 이름 뒤에 입력하듯 쓰는 명령과 인수: httpd -f -p 80</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>The container can read this folder or volume, but not change it</source>
            <translation>컨테이너가 이 폴더나 볼륨을 읽을 수는 있지만 바꿀 수는 없습니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>The folder '{path}' must be a full path, starting with '/'.</source>
            <translation>폴더 '{path}'은(는) '/'로 시작하는 전체 경로여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>The image %1 is not on this computer. Pull it now, then run the container?</source>
            <translation>이미지 %1이(가) 이 컴퓨터에 없습니다. 지금 가져온 다음 컨테이너를 실행할까요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>The options below take several values, separated by spaces; put quotes around a value that has spaces.</source>
            <translation>아래 옵션에는 값을 공백으로 구분해 여러 개 쓸 수 있습니다. 공백이 들어간 값은 따옴표로 감싸세요.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>The pull of %1 did not finish.</source>
            <translation>%1 가져오기가 끝나지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>The same as: %1</source>
            <translation>다음과 같습니다: %1</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>The same in a terminal:</source>
            <translation>터미널에서는 이렇게 합니다:</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>The stop timeout '{value}' is not a whole number of seconds.</source>
            <translation>중지 대기 시간 '{value}'은(는) 정수 초가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Unless I stop it (unless-stopped)</source>
            <translation>내가 중지하지 않는 한 (unless-stopped)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>User</source>
            <translation>사용자</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Value</source>
            <translation>값</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Volumes from</source>
            <translation>볼륨을 가져올 컨테이너</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>What does this do?</source>
            <translation>이 항목들은 무엇을 하나요?</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>When it fails (on-failure)</source>
            <translation>실패했을 때 (on-failure)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Working folder</source>
            <translation>작업 폴더</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>Yes (--init)</source>
            <translation>예 (--init)</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>attempts:</source>
            <translation>횟수:</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>docker run -d -p 8080:80 -v ~/site:/usr/share/nginx/html nginx</source>
            <translation>docker run -d -p 8080:80 -v ~/site:/usr/share/nginx/html nginx</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>docker run command to fill the form from</source>
            <translation>양식을 채울 docker run 명령</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>for example %1</source>
            <translation>예: %1</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>for example nginx, or busybox:1.36</source>
            <translation>예: nginx 또는 busybox:1.36</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>leave empty and Docker picks a name</source>
            <translation>비워 두면 Docker가 이름을 정합니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>leave empty for the image's own</source>
            <translation>비워 두면 이미지의 기본값을 씁니다</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>leave empty to run the image's own command</source>
            <translation>비워 두면 이미지의 기본 명령을 실행합니다</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation type="vanished">제한 없음</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>none at all</source>
            <translation>전혀 없음</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>seconds; empty for Docker's 10</source>
            <translation>초. 비워 두면 Docker 기본값 10초</translation>
        </message>
        <message>
            <location filename="../../gui/views/run_dialog.py" />
            <source>the default network</source>
            <translation>기본 네트워크</translation>
        </message>
    </context>
    <context>
        <name>RunSpec</name>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{ip}' in '{value}' is not an IP address.</source>
            <translation>'{value}'의 '{ip}'은(는) IP 주소가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{kind}' is not a mount type Docker knows.</source>
            <translation>'{kind}'은(는) Docker가 아는 마운트 유형이 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{mode}' is not a valid volume option. Use ro or rw, optionally with z, Z, nocopy or a propagation mode.</source>
            <translation>'{mode}'은(는) 올바른 볼륨 옵션이 아닙니다. ro 또는 rw를 쓰고, 필요하면 z, Z, nocopy나 전파(propagation) 모드를 덧붙이세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{name}' is not a ulimit Docker knows.</source>
            <translation>'{name}'은(는) Docker가 아는 ulimit가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{network}' is not a network name.</source>
            <translation>'{network}'은(는) 네트워크 이름이 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{policy}' is not a restart policy. Use no, always, unless-stopped or on-failure.</source>
            <translation>'{policy}'은(는) 재시작 정책이 아닙니다. no, always, unless-stopped, on-failure 중 하나를 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{protocol}' in '{value}' is not a protocol Docker can publish. Use tcp, udp or sctp.</source>
            <translation>'{value}'의 '{protocol}'은(는) Docker가 공개할 수 있는 프로토콜이 아닙니다. tcp, udp, sctp 중 하나를 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{protocol}' is not a protocol Docker can publish. Use tcp, udp or sctp.</source>
            <translation>'{protocol}'은(는) Docker가 공개할 수 있는 프로토콜이 아닙니다. tcp, udp, sctp 중 하나를 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{source}' is neither a volume name nor a full path. Start host folders with '/' or './'.</source>
            <translation>'{source}'은(는) 볼륨 이름도 아니고 전체 경로도 아닙니다. 호스트 폴더는 '/'나 './'로 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{source}' is not a valid volume name: use at least two letters, digits, '_', '.' or '-', starting with a letter or digit.</source>
            <translation>'{source}'은(는) 올바른 볼륨 이름이 아닙니다. 영문자나 숫자로 시작하고, 영문자, 숫자, '_', '.', '-'를 두 글자 이상 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{value}' is neither an operating system nor an architecture Docker knows.</source>
            <translation>'{value}'은(는) Docker가 아는 운영체제도 아키텍처도 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{value}' is not a Linux capability name.</source>
            <translation>'{value}'은(는) Linux capability 이름이 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{value}' is not a number of CPUs.</source>
            <translation>'{value}'은(는) CPU 수가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{value}' is not a platform; write it as os/architecture, such as linux/amd64.</source>
            <translation>'{value}'은(는) 플랫폼이 아닙니다. linux/amd64처럼 운영체제/아키텍처 형식으로 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{value}' is not a size. Write a number with an optional unit, such as 512m or 2g.</source>
            <translation>'{value}'은(는) 크기가 아닙니다. 512m이나 2g처럼 숫자를 쓰고, 필요하면 단위를 붙이세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{value}' is not an environment variable; write NAME=value or NAME.</source>
            <translation>'{value}'은(는) 환경 변수가 아닙니다. NAME=value 또는 NAME 형식으로 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{value}' looks like a Windows path; Berth needs Linux paths for -v.</source>
            <translation>'{value}'은(는) Windows 경로처럼 보입니다. -v에는 Linux 경로를 써야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>'{word}' starts with a typographic dash, probably changed when the command was copied from a web page. Type - or -- instead.</source>
            <translation>'{word}'이(가) 인쇄용 대시로 시작합니다. 웹 페이지에서 명령을 복사할 때 바뀐 것 같습니다. 대신 - 또는 --를 입력하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>A '$(' in the command is never closed with ')'.</source>
            <translation>명령의 '$('가 ')'로 닫히지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>A '${{' in the command is never closed with '}}'.</source>
            <translation>명령의 '${{'가 '}}'로 닫히지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>A '`' in the command is never closed.</source>
            <translation>명령의 '`'가 닫히지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>A container name needs at least two characters.</source>
            <translation>컨테이너 이름은 두 글자 이상이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>A container removed when it exits (--rm) cannot also have a restart policy ({policy}).</source>
            <translation>종료될 때 삭제되는 컨테이너(--rm)에는 재시작 정책({policy})을 함께 쓸 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>A container that shares the network of another one cannot set its own host name.</source>
            <translation>다른 컨테이너의 네트워크를 함께 쓰는 컨테이너는 자기 호스트 이름을 정할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>A double quote (") in the command is never closed.</source>
            <translation>명령의 큰따옴표(")가 닫히지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>A number of restart attempts only goes with the on-failure policy.</source>
            <translation>재시작 횟수는 on-failure 정책에만 쓸 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>A single quote (') in the command is never closed.</source>
            <translation>명령의 작은따옴표(')가 닫히지 않았습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>A volume (-v) cannot be empty.</source>
            <translation>볼륨(-v)은 비워 둘 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>A volume needs a path in the container.</source>
            <translation>볼륨에는 컨테이너 안의 경로가 있어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>An environment variable needs a name.</source>
            <translation>환경 변수에는 이름이 있어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Berth can connect a new container to one network only; this command names {count}.</source>
            <translation>Berth는 새 컨테이너를 네트워크 하나에만 연결할 수 있습니다. 이 명령에는 {count}개가 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Berth cannot evaluate $((...)) arithmetic in a command.</source>
            <translation>Berth는 명령 안의 $((...)) 산술식을 계산할 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Berth cannot expand ${{{inner}}}. Put its value in the command instead.</source>
            <translation>Berth는 ${{{inner}}}을(를) 풀 수 없습니다. 대신 그 값을 명령에 직접 넣으세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Berth cannot expand the shell parameter ${name}.</source>
            <translation>Berth는 셸 매개변수 ${name}을(를) 풀 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Berth cannot load seccomp profile files yet ('{value}'); use seccomp=unconfined or leave it out.</source>
            <translation>Berth는 아직 seccomp 프로필 파일('{value}')을 불러올 수 없습니다. seccomp=unconfined를 쓰거나 빼세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Berth cannot use docker's own options such as {option}; start the command with docker run.</source>
            <translation>Berth는 {option} 같은 docker 자체 옵션을 쓸 수 없습니다. 명령을 docker run으로 시작하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Berth does not run other commands: {command} cannot be used here. Put its output in the command instead.</source>
            <translation>Berth는 다른 명령을 실행하지 않으므로 여기에 {command}을(를) 쓸 수 없습니다. 대신 그 출력을 명령에 넣으세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Berth does not support the advanced form of --network ('{value}') yet; give just the network name.</source>
            <translation>Berth는 아직 --network의 고급 형식('{value}')을 지원하지 않습니다. 네트워크 이름만 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Berth does not support the docker run option {flag} yet. Remove it to go on.</source>
            <translation>Berth는 아직 docker run 옵션 {flag}을(를) 지원하지 않습니다. 계속하려면 그 옵션을 빼세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Berth does not understand the ${quote}...{quote} quoting of bash. Use plain quotes.</source>
            <translation>Berth는 bash의 ${quote}...{quote} 따옴표 방식을 이해하지 못합니다. 일반 따옴표를 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Container port {port} is outside 1-65535.</source>
            <translation>컨테이너 포트 {port}이(가) 1-65535 범위를 벗어납니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Docker needs a memory limit of at least 6 MB; '{value}' is less.</source>
            <translation>Docker의 메모리 한도는 최소 6 MB여야 합니다. '{value}'은(는) 그보다 작습니다.</translation>
        </message>
        <message>
            <source>Give the path inside the container where {source} appears.</source>
            <translation type="vanished">{source}이(가) 나타날 컨테이너 안의 경로를 쓰세요.</translation>
        </message>
        <message>
            <source>Give the port inside the container (the container port).</source>
            <translation type="vanished">컨테이너 안의 포트(컨테이너 포트)를 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Host port {port} is already in use on this computer.</source>
            <translation>호스트 포트 {port}은(는) 이 컴퓨터에서 이미 쓰고 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Host port {port} is already published by another container.</source>
            <translation>호스트 포트 {port}은(는) 이미 다른 컨테이너가 공개하고 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Host port {port} is outside 1-65535.</source>
            <translation>호스트 포트 {port}이(가) 1-65535 범위를 벗어납니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Host port {port}/{protocol} is used twice in this container.</source>
            <translation>호스트 포트 {port}/{protocol}이(가) 이 컨테이너에서 두 번 쓰였습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>In '{value}' the host range and the container range have different lengths.</source>
            <translation>'{value}'에서 호스트 범위와 컨테이너 범위의 길이가 다릅니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>In the mount '{mount}', '{field}' should be key=value.</source>
            <translation>마운트 '{mount}'에서 '{field}'은(는) key=value 형식이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>In the mount '{mount}', '{key}' needs true or false.</source>
            <translation>마운트 '{mount}'에서 '{key}'에는 true나 false가 와야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>In the mount '{mount}', bind-recursive must be enabled, disabled, writable or readonly.</source>
            <translation>마운트 '{mount}'에서 bind-recursive는 enabled, disabled, writable, readonly 중 하나여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>In the mount '{mount}', tmpfs-mode '{mode}' is not an octal mode.</source>
            <translation>마운트 '{mount}'에서 tmpfs-mode '{mode}'은(는) 8진수 모드가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>In the mount '{mount}', tmpfs-size '{size}' is not a size.</source>
            <translation>마운트 '{mount}'에서 tmpfs-size '{size}'은(는) 크기가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>In the ulimit '{value}' the soft limit is above the hard limit.</source>
            <translation>ulimit '{value}'에서 soft 한도가 hard 한도보다 큽니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Line {line} of the env file {path} has no variable name.</source>
            <translation>환경 파일 {path}의 {line}번째 줄에 변수 이름이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Network aliases need a network you created; they do not work on the default network.</source>
            <translation>네트워크 별칭은 직접 만든 네트워크에서만 쓸 수 있습니다. 기본 네트워크에서는 동작하지 않습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Paste a docker run command.</source>
            <translation>docker run 명령을 붙여 넣으세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Paste one docker run command at a time; this text holds several lines of commands.</source>
            <translation>docker run 명령은 한 번에 하나씩 붙여 넣으세요. 이 글에는 명령이 여러 줄 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The DNS server '{value}' is not an IP address.</source>
            <translation>DNS 서버 '{value}'은(는) IP 주소가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The address '{address}' for the host entry '{value}' is not an IP address.</source>
            <translation>호스트 항목 '{value}'의 주소 '{address}'은(는) IP 주소가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The anonymous volume at {target} cannot take options. Give it a name or a host folder.</source>
            <translation>{target}의 익명 볼륨에는 옵션을 쓸 수 없습니다. 이름이나 호스트 폴더를 지정하세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The bind mount source {path} does not exist; Docker will refuse this mount.</source>
            <translation>바인드 마운트 원본 {path}이(가) 없습니다. Docker가 이 마운트를 거부합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The bind mount to {target} needs a source folder.</source>
            <translation>{target}에 대한 바인드 마운트에는 원본 폴더가 있어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The command contains an invisible NUL character.</source>
            <translation>명령에 보이지 않는 NUL 문자가 들어 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The command names no image. docker run needs an image after its options.</source>
            <translation>명령에 이미지가 없습니다. docker run에는 옵션 뒤에 이미지가 와야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The command uses ${name}, which is not set here. Put its value in the command instead.</source>
            <translation>명령에 쓰인 ${name}은(는) 여기에서 설정되어 있지 않습니다. 대신 그 값을 명령에 넣으세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The command uses the shell symbol '{symbol}'. Paste a single docker run command without pipes, redirections or command lists.</source>
            <translation>명령에 셸 기호 '{symbol}'이(가) 쓰였습니다. 파이프, 리디렉션, 명령 목록 없이 docker run 명령 하나만 붙여 넣으세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The command uses ~, but no home folder is known here.</source>
            <translation>명령에 ~가 쓰였지만, 여기에서는 홈 폴더를 알 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The container name '{name}' is not valid. Use letters, digits, '_', '.' and '-', starting with a letter or digit.</source>
            <translation>컨테이너 이름 '{name}'은(는) 올바르지 않습니다. 영문자나 숫자로 시작하고 영문자, 숫자, '_', '.', '-'를 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The container path '{target}' must be absolute, starting with '/'.</source>
            <translation>컨테이너 경로 '{target}'은(는) '/'로 시작하는 절대 경로여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The container port '{port}' in '{value}' is not a port number (0 to 65535) or range.</source>
            <translation>'{value}'의 컨테이너 포트 '{port}'은(는) 포트 번호(0~65535)나 범위가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The device '{value}' should be /dev/host[:/dev/container][:rwm].</source>
            <translation>장치 '{value}'은(는) /dev/host[:/dev/container][:rwm] 형식이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The env file {path} cannot be read: {reason}.</source>
            <translation>환경 파일 {path}을(를) 읽을 수 없습니다: {reason}.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The env file {path} is not UTF-8 text (line {line}).</source>
            <translation>환경 파일 {path}은(는) UTF-8 텍스트가 아닙니다({line}번째 줄).</translation>
        </message>
        <message>
            <source>The folder '{path}' must be a full path, starting with '/'.</source>
            <translation type="vanished">폴더 '{path}'은(는) '/'로 시작하는 전체 경로여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The folder {path} does not exist. Docker would create it, owned by the administrator (root).</source>
            <translation>폴더 {path}이(가) 없습니다. Docker가 관리자(root) 소유로 이 폴더를 만들게 됩니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The host address '{ip}' is not an IP address.</source>
            <translation>호스트 주소 '{ip}'은(는) IP 주소가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The host entry '{value}' should be name:address.</source>
            <translation>호스트 항목 '{value}'은(는) 이름:주소 형식이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The host folder '{source}' is a relative path. Use a full path starting with '/'.</source>
            <translation>호스트 폴더 '{source}'은(는) 상대 경로입니다. '/'로 시작하는 전체 경로를 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The host port '{port}' in '{value}' is not a port number (0 to 65535) or range.</source>
            <translation>'{value}'의 호스트 포트 '{port}'은(는) 포트 번호(0~65535)나 범위가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The host port range ending at {end} has no first port.</source>
            <translation>{end}(으)로 끝나는 호스트 포트 범위에 시작 포트가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The host port range {start}-{end} is not a range.</source>
            <translation>호스트 포트 범위 {start}-{end}은(는) 올바른 범위가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The label '{value}' has no name.</source>
            <translation>레이블 '{value}'에 이름이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The label name '{name}' cannot contain '='.</source>
            <translation>레이블 이름 '{name}'에는 '='를 쓸 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The label name '{name}' contains spaces.</source>
            <translation>레이블 이름 '{name}'에 공백이 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The label {name} is set twice.</source>
            <translation>레이블 {name}이(가) 두 번 설정되었습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The limit '{part}' in the ulimit '{value}' is not a whole number.</source>
            <translation>ulimit '{value}'의 한도 '{part}'은(는) 정수가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The link '{value}' should be container or container:alias.</source>
            <translation>링크 '{value}'은(는) 컨테이너 또는 컨테이너:별칭 형식이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The log driver 'none' takes no log options.</source>
            <translation>로그 드라이버 'none'에는 로그 옵션을 쓸 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The mount '{mount}' has an unknown option '{key}'.</source>
            <translation>마운트 '{mount}'에 알 수 없는 옵션 '{key}'이(가) 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The mount '{mount}' mixes {owner} options with type {kind}.</source>
            <translation>마운트 '{mount}'에 {owner} 옵션과 유형 {kind}이(가) 섞여 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The mount '{mount}' needs a target path.</source>
            <translation>마운트 '{mount}'에는 대상 경로가 있어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The mount '{mount}' needs a type.</source>
            <translation>마운트 '{mount}'에는 유형이 있어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The mount '{mount}' uses bind-recursive=readonly without bind-propagation=rprivate.</source>
            <translation>마운트 '{mount}'이(가) bind-propagation=rprivate 없이 bind-recursive=readonly를 씁니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The mount '{mount}' uses bind-recursive=writable or readonly without readonly.</source>
            <translation>마운트 '{mount}'이(가) readonly 없이 bind-recursive=writable 또는 readonly를 씁니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The mount '{value}' is not a valid comma-separated list of options.</source>
            <translation>마운트 '{value}'은(는) 쉼표로 구분한 올바른 옵션 목록이 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The name '{name}' is already used by another container.</source>
            <translation>이름 '{name}'은(는) 이미 다른 컨테이너가 쓰고 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The number of CPUs '{value}' is too large.</source>
            <translation>CPU 수 '{value}'이(가) 너무 큽니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The number of CPUs '{value}' is too precise; use at most nine decimals.</source>
            <translation>CPU 수 '{value}'이(가) 너무 정밀합니다. 소수점 아래 9자리까지만 쓰세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The number of CPUs must be at least 0.01, not '{value}'.</source>
            <translation>CPU 수는 '{value}'이(가) 아니라 0.01 이상이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The number of restart attempts cannot be negative.</source>
            <translation>재시작 횟수는 음수일 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The option --network needs a network name.</source>
            <translation>--network 옵션에는 네트워크 이름이 있어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The option {flag} needs a value.</source>
            <translation>{flag} 옵션에는 값이 있어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The option {flag} takes true or false, not '{value}'.</source>
            <translation>{flag} 옵션에는 '{value}'이(가) 아니라 true나 false가 와야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The port mapping '{value}' has no container port.</source>
            <translation>포트 연결 '{value}'에 컨테이너 포트가 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The port option '{param}' should be name=value.</source>
            <translation>포트 옵션 '{param}'은(는) name=value 형식이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The restart policy '{value}' has no policy name before the colon.</source>
            <translation>재시작 정책 '{value}'에는 콜론 앞에 정책 이름이 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The retry count in '{value}' must be a whole number.</source>
            <translation>'{value}'의 재시도 횟수는 정수여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The security option '{value}' should be name=value.</source>
            <translation>보안 옵션 '{value}'은(는) name=value 형식이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The stop timeout '{value}' is not a whole number of seconds.</source>
            <translation>중지 대기 시간 '{value}'은(는) 정수 초가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The sysctl '{value}' is not allowed in a container (or is not name=value).</source>
            <translation>sysctl '{value}'은(는) 컨테이너에서 쓸 수 없습니다(또는 name=value 형식이 아닙니다).</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The tmpfs path '{target}' must be absolute, starting with '/'.</source>
            <translation>tmpfs 경로 '{target}'은(는) '/'로 시작하는 절대 경로여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The ulimit '{value}' has more than a soft and a hard limit.</source>
            <translation>ulimit '{value}'에 soft와 hard 한도 외의 값이 더 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The ulimit '{value}' should be name=soft[:hard].</source>
            <translation>ulimit '{value}'은(는) name=soft[:hard] 형식이어야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The variable name '{name}' cannot contain '='.</source>
            <translation>변수 이름 '{name}'에는 '='를 쓸 수 없습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The variable name '{name}' in the env file {path} contains spaces.</source>
            <translation>환경 파일 {path}의 변수 이름 '{name}'에 공백이 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The variable {name} contains a NUL character.</source>
            <translation>변수 {name}에 NUL 문자가 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The volume '{value}' has an empty part between colons.</source>
            <translation>볼륨 '{value}'의 콜론 사이에 빈 부분이 있습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The volume '{value}' has too many colons.</source>
            <translation>볼륨 '{value}'에 콜론이 너무 많습니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>The working folder '{path}' must be an absolute path, starting with '/'.</source>
            <translation>작업 폴더 '{path}'은(는) '/'로 시작하는 절대 경로여야 합니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>This is not a docker run command (it is 'docker {command}'). Paste a docker run command.</source>
            <translation>docker run 명령이 아닙니다('docker {command}' 명령입니다). docker run 명령을 붙여 넣으세요.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>Two mounts use the same container path {target}.</source>
            <translation>마운트 두 개가 같은 컨테이너 경로 {target}을(를) 씁니다.</translation>
        </message>
        <message>
            <location filename="../../gui/backend/runspec.py" />
            <source>{flag} is not an option of docker run.</source>
            <translation>{flag}은(는) docker run의 옵션이 아닙니다.</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <location filename="../../gui/selftest.py" />
            <source>%1 %2: Docker %3 (API %4), %5, %6</source>
            <translation>%1 %2: Docker %3 (API %4), %5, %6</translation>
        </message>
        <message>
            <location filename="../../gui/selftest.py" />
            <source>%n container(s)</source>
            <translation>컨테이너 %n개</translation>
        </message>
        <message>
            <location filename="../../gui/selftest.py" />
            <source>%n image(s)</source>
            <translation>이미지 %n개</translation>
        </message>
        <message>
            <location filename="../../gui/selftest.py" />
            <source>Berth can't reach Docker at %1: %2</source>
            <translation>Berth가 %1의 Docker에 연결할 수 없습니다: %2</translation>
        </message>
        <message>
            <location filename="../../gui/selftest.py" />
            <source>Berth self-test failed: %1</source>
            <translation>Berth 자체 점검 실패: %1</translation>
        </message>
        <message>
            <location filename="../../gui/selftest.py" />
            <source>no reason was given</source>
            <translation>이유가 주어지지 않았습니다</translation>
        </message>
        <message>
            <location filename="../../gui/selftest.py" />
            <source>the lists of containers and images did not load within %1 seconds.</source>
            <translation>컨테이너와 이미지 목록을 %1초 안에 불러오지 못했습니다.</translation>
        </message>
    </context>
</TS>
